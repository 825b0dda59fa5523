import Foundation

/// The commit a checkout's HEAD points at, read from the files under `.git` (no `git` process):
/// a detached hash, or a branch resolved through its ref file or `packed-refs`.
///
/// ```swift
/// GitHead.commit(checkout: ".")   // "b9bd278c…" in a clone; nil outside a checkout
/// ```
enum GitHead {
    static func commit(checkout: String, fileManager: FileManager = .default) -> String? {
        let dotGit = BundledFiles.join(checkout, ".git")
        var isFolder: ObjCBool = false
        guard fileManager.fileExists(atPath: dotGit, isDirectory: &isFolder) else { return nil }
        var gitDir = dotGit
        if !isFolder.boolValue {
            // A worktree or submodule: `.git` is a file `gitdir: <path>`.
            guard let text = read(dotGit), text.hasPrefix("gitdir:") else { return nil }
            let named = text.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespacesAndNewlines)
            gitDir = named.hasPrefix("/") ? named : BundledFiles.join(checkout, named)
        }
        guard let head = read(BundledFiles.join(gitDir, "HEAD"))?.trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
        guard head.hasPrefix("ref:") else { return isHash(head) ? head : nil }
        let ref = head.dropFirst("ref:".count).trimmingCharacters(in: .whitespaces)
        // Branch refs of a worktree live in the common folder that `commondir` names.
        var folders = [gitDir]
        if let common = read(BundledFiles.join(gitDir, "commondir"))?.trimmingCharacters(in: .whitespacesAndNewlines) {
            folders.append(common.hasPrefix("/") ? common : BundledFiles.join(gitDir, common))
        }
        for folder in folders {
            if let hash = read(BundledFiles.join(folder, ref))?.trimmingCharacters(in: .whitespacesAndNewlines), isHash(hash) { return hash }
            if let packed = read(BundledFiles.join(folder, "packed-refs")) {
                for line in packed.split(separator: "\n") {
                    let parts = line.split(separator: " ")
                    if parts.count == 2, parts[1] == ref, isHash(String(parts[0])) { return String(parts[0]) }
                }
            }
        }
        return nil
    }

    private static func read(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    private static func isHash(_ text: String) -> Bool {
        text.count >= 40 && text.allSatisfy { $0.isHexDigit }
    }
}
