import Foundation
import TrackerModel

/// The one wording of a file that cannot be read as a whole: missing (`no such file: x.csv`),
/// a folder where a file was expected, or present but unreadable (permissions).
///
/// ```swift
/// FileProblem.unreadable("Samples/no-such-file.csv").description   // "error: no such file: Samples/no-such-file.csv; check the path"
/// ```
public enum FileProblem {
    /// Why a file cannot be read, as the rest of a message about it: `no such file; check the path`.
    public static func reason(_ path: String, fileManager: FileManager = .default) -> String {
        var isFolder: ObjCBool = false
        if !fileManager.fileExists(atPath: path, isDirectory: &isFolder) { return "no such file; check the path" }
        if isFolder.boolValue { return "it is a folder, not a file; name a file inside it" }
        return "the file cannot be read; check its permissions"
    }

    public static func unreadable(_ path: String, fileManager: FileManager = .default) -> Diagnostic {
        var isFolder: ObjCBool = false
        if !fileManager.fileExists(atPath: path, isDirectory: &isFolder) {
            return Diagnostic(.error, .fileUnreadable, at: nil, "no such file: \(path)", fix: "check the path")
        }
        if isFolder.boolValue {
            return Diagnostic(.error, .fileUnreadable, at: nil, "\(path) is a folder, not a file", fix: "name a file inside it")
        }
        return Diagnostic(.error, .fileUnreadable, at: nil, "cannot read \(path)", fix: "check that the file is readable (its permissions)")
    }
}
