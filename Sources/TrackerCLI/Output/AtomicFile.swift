import Foundation
import TrackerKit

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

    /// Writes, or says on standard error why it could not (then false: exit with `ExitCode.cannotWrite`).
    static func write(_ data: Data, to path: String, console: inout Console) -> Bool {
        do {
            try write(data, to: path)
            return true
        } catch {
            console.error(Wording.errorPrefix(console.language) + explain(path, in: console.language))
            return false
        }
    }

    /// Why `path` cannot be written, in words a person can act on (not Foundation's error text).
    ///
    /// ```swift
    /// AtomicFile.explain("/nonexistent/x.csv")  // "cannot write /nonexistent/x.csv: the folder /nonexistent does not exist; create it or choose another"
    /// AtomicFile.explain("/nonexistent/x.csv", in: .zh)  // "无法写入 /nonexistent/x.csv：文件夹 /nonexistent 不存在；请先创建，或另选位置"
    /// ```
    static func explain(_ path: String, in language: Language = .en) -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            let example = (path as NSString).appendingPathComponent("scorecard.csv")
            return language.pick("无法写入 \(path)：这是一个文件夹；请给出文件名，如 \(example)",
                                 "cannot write \(path): it is a folder; give a file name, e.g. \(example)")
        }
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            return language.pick("无法写入 \(path)：文件夹 \(folder) 不存在；请先创建，或另选位置",
                                 "cannot write \(path): the folder \(folder) does not exist; create it or choose another")
        }
        if !isDirectory.boolValue {
            return language.pick("无法写入 \(path)：\(folder) 是文件而不是文件夹；请另选路径",
                                 "cannot write \(path): \(folder) is a file, not a folder; choose another path")
        }
        if !FileManager.default.isWritableFile(atPath: folder) {
            return language.pick("无法写入 \(path)：文件夹 \(folder) 不可写；请另选文件夹",
                                 "cannot write \(path): the folder \(folder) is not writable; choose another folder")
        }
        return language.pick("无法写入 \(path)；请检查磁盘是否已满、文件是否被其他程序打开",
                             "cannot write \(path); check that the disk is not full and the file is not open in another program")
    }
}
