import Foundation
import TrackerModel

/// Loads target files and the catalogs beside them from files and directories, following
/// `include` lines, and reports every problem of every file.
///
/// ```swift
/// let loaded = TargetLoader.load(paths: ["Targets"])
/// loaded.set.plans.map(\.id)     // ["beijing-2025", "beijing-2026", "xicheng-2018", …]
/// loaded.diagnostics.hasErrors   // false
/// ```
public enum TargetLoader {
    public struct Loaded: Sendable {
        public var set: TargetSet
        public var diagnostics: [Diagnostic]
        /// The target files read, in reading order.
        public var files: [String]
    }

    /// `paths` are `.targets` files or directories (read for `*.targets`, not recursively).
    /// Catalogs are the `*.catalog` files in every directory named or holding a named file.
    public static func load(paths: [String], fileManager: FileManager = .default) -> Loaded {
        var diagnostics: [Diagnostic] = []
        var targetFiles: [String] = []
        var catalogDirectories: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(Diagnostic(.error, .targetPathMissing, at: nil, "no such file or directory: \(path)",
                                              fix: "check the path; give the target folder with `--targets FOLDER` or the TRACKER_TARGETS variable"))
                continue
            }
            if isDirectory.boolValue {
                catalogDirectories.append(path)
                let names = ((try? fileManager.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".targets") }.sorted()
                targetFiles += names.map { join(path, $0) }
            } else {
                catalogDirectories.append(directory(of: path))
                targetFiles.append(path)
            }
        }
        var catalogs = CatalogReader()
        var seenCatalogs: Set<String> = []
        for dir in catalogDirectories where seenCatalogs.insert(standard(dir)).inserted {
            let names = ((try? fileManager.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".catalog") }.sorted()
            for name in names {
                let file = join(dir, name)
                switch readText(file) {
                case .success(let text): catalogs.read(text, file: file)
                case .failure(let d): diagnostics.append(d)
                }
            }
        }
        diagnostics += catalogs.diagnostics
        diagnostics += IndicatorLint.lookAlikes(catalogs.indicators, at: { catalogs.locations[$0] })
        if catalogs.indicators.indicators.isEmpty && !targetFiles.isEmpty {
            diagnostics.append(Diagnostic(.error, .catalogNotFound, at: nil, "no indicator catalog found beside the target files",
                                          fix: "keep `indicators.catalog` and `scopes.catalog` in the same directory as the target files"))
        }
        let reader = TargetFileReader(indicators: catalogs.indicators, scopes: catalogs.scopes)
        var plans: [Plan] = []
        var read: [String] = []
        var visited: Set<String> = []
        for file in targetFiles {
            load(file, reader: reader, chain: [], visited: &visited, plans: &plans, read: &read, diagnostics: &diagnostics, includedInto: nil)
        }
        var ids: [String: String] = [:]
        for plan in plans {
            if let other = ids[plan.id] {
                diagnostics.append(Diagnostic(.error, .duplicatePlanID, at: SourceLocation(file: plan.file, line: 1),
                    "plan id `\(plan.id)` is also used by \(other)", fix: "give each plan its own id"))
            }
            ids[plan.id] = plan.file
        }
        let set = TargetSet(plans: plans.sorted { $0.id < $1.id }, indicators: catalogs.indicators, scopes: catalogs.scopes)
        diagnostics += TargetLint.check(set)
        return Loaded(set: set, diagnostics: diagnostics.sortedForDisplay(), files: read)
    }

    private static func load(_ file: String, reader: TargetFileReader, chain: [String], visited: inout Set<String>,
                             plans: inout [Plan], read: inout [String], diagnostics: inout [Diagnostic],
                             includedInto: SourceLocation?) {
        let key = standard(file)
        if let start = chain.firstIndex(of: key) {
            let name = { (path: String) in (path as NSString).lastPathComponent }
            let through = chain[(start + 1)...].map { "`\(name($0))`" }
            diagnostics.append(Diagnostic(.error, .includeLoop, at: includedInto,
                "`\(file)` includes itself\(through.isEmpty ? "" : " through " + through.joined(separator: ", ")) (\((chain + [key]).map(name).joined(separator: " → ")))",
                fix: "remove the `include` line that closes the loop"))
            return
        }
        guard visited.insert(key).inserted else { return }
        let text: String
        switch readText(file) {
        case .success(let t): text = t
        case .failure(let d):
            var d = d
            if d.location == nil, let includedInto { d.location = includedInto }
            diagnostics.append(d)
            return
        }
        read.append(file)
        let result = reader.read(text, file: file)
        diagnostics += result.diagnostics
        if let plan = result.plan { plans.append(plan) }
        for include in result.includes {
            load(join(directory(of: file), include.path), reader: reader, chain: chain + [key], visited: &visited,
                 plans: &plans, read: &read, diagnostics: &diagnostics, includedInto: include.location)
        }
    }

    static func readText(_ file: String) -> Result<String, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: file) else {
            return .failure(FileProblem.unreadable(file))
        }
        return TextDecoding.decode(data, file: file, encoding: .utf8).map(\.text)
    }

    static func join(_ dir: String, _ name: String) -> String {
        if name.hasPrefix("/") { return name }
        if dir.isEmpty || dir == "." { return name }
        return dir.hasSuffix("/") ? dir + name : dir + "/" + name
    }

    static func directory(of path: String) -> String {
        let d = (path as NSString).deletingLastPathComponent
        return d.isEmpty ? "." : d
    }

    static func standard(_ path: String) -> String { (path as NSString).standardizingPath }
}
