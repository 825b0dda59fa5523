import Foundation

/// Writes a file so that readers see either the old content or the new, never half of it:
/// the bytes go to a temporary file in the same directory, which is then renamed into place.
///
/// ```swift
/// try AtomicFile.write(Data(csv.utf8), to: "scorecard.csv")
/// ```
enum AtomicFile {
    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        do {
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Whether `output` names the same file as one of `inputs` (which must never be overwritten).
    static func isOneOf(_ output: String, _ inputs: [String]) -> Bool {
        let target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        return inputs.contains { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path == target }
    }
}
