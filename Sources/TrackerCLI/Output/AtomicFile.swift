import Foundation

/// Writes a file so that readers see either the old content or the new, never half of it:
/// the bytes go to a temporary file in the same directory (`.NAME.PID.tmp`), which is then
/// renamed into place. A run killed while writing leaves its temporary behind (a dot file, never
/// taken for the output); the next write of the same file removes it once its process is gone.
///
/// ```swift
/// try AtomicFile.write(Data(csv.utf8), to: "scorecard.csv")
/// ```
enum AtomicFile {
    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        removeStaleTemporaries(of: url)
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

    /// Removes `.NAME.PID.tmp` beside `url` left by runs that were killed while writing it: those
    /// whose process no longer exists (a live one may be writing right now).
    static func removeStaleTemporaries(of url: URL) {
        let directory = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            guard let pid = pid_t(name.dropFirst(prefix.count).dropLast(4)), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
            }
        }
    }

    /// Whether `output` names the same file as one of `inputs` (which must never be overwritten).
    static func isOneOf(_ output: String, _ inputs: [String]) -> Bool {
        let target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        return inputs.contains { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path == target }
    }
}
