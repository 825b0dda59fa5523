import AirQuality
import Foundation
import TrackerEvaluation
import TrackerModel

/// The ledger folder: one file per plan and month (`DIR/<plan>/<YYYY-MM>.json`, `LedgerFile`).
/// Recording a month again from the same inputs and targets leaves the file as it is; from other
/// ones, the month becomes the next revision and the earlier one is kept under `previous`.
///
/// ```swift
/// let evaluation = try EvaluateRequest(plan: "xicheng-2025", data: ["march.csv"], asOf: YearMonth(2025, 3)).run()
/// let outcome = try Ledger.record(evaluation, in: "ledger")   // .recorded(1), .unchanged or .recorded(2)
/// let entries = try Ledger.load("ledger")
/// ```
public enum Ledger {
    public typealias Outcome = LedgerOutcome
    public typealias Failure = LedgerFailure

    public static func path(_ folder: String, plan: String, month: YearMonth) -> String {
        ((folder as NSString).appendingPathComponent(plan) as NSString).appendingPathComponent(month.description + ".json")
    }

    /// Records an evaluation as its month (the scorecard's as-of month).
    /// `standard`: the AQI standard hourly data were aggregated under (`DataSources.standardName`).
    public static func record(_ evaluation: Evaluation, dataFiles: [String], standard: String? = nil,
                              in folder: String) throws(Failure) -> Outcome {
        let card = evaluation.scorecard
        var inputs: [LedgerEntry.Digest] = []
        for file in dataFiles {
            guard let sha = SHA256.file(file) else { throw .unreadable(file) }
            inputs.append(.init(file: file, sha256: sha))
        }
        let targetFiles = evaluation.inputFiles.filter { !dataFiles.contains($0) }.sorted()
        var combined = "", catalogs = ""
        for file in targetFiles {
            guard let sha = SHA256.file(file) else { throw .unreadable(file) }
            combined += sha + "  " + (file as NSString).lastPathComponent + "\n"
            if file.hasSuffix(".catalog") { catalogs += sha + "  " + (file as NSString).lastPathComponent + "\n" }
        }
        var entry = LedgerEntry(plan: card.plan, month: card.asOf, revision: 1, inputs: inputs,
                                targetsDigest: SHA256.hex(Data(combined.utf8)), rows: LedgerFile.rows(of: card),
                                values: LedgerFile.values(of: card))
        entry.catalogDigest = SHA256.hex(Data(catalogs.utf8))
        entry.standard = standard
        let path = path(folder, plan: card.plan, month: card.asOf)
        if let data = FileManager.default.contents(atPath: path) {
            guard let old = LedgerFile.entry(from: data) else { throw .notALedgerFile(path) }
            if old.inputs == entry.inputs && old.targetsDigest == entry.targetsDigest && old.standard == entry.standard {
                return .unchanged(path: path)
            }
            entry.revision = old.revision + 1
            entry.previous = old.previous + [old.asRevision]
        }
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Data(LedgerFile.text(entry, scorecard: card).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .cannotWrite(path)
        }
        return .recorded(path: path, revision: entry.revision)
    }

    /// Every entry of the ledger, by plan and month.
    public static func load(_ folder: String) throws(Failure) -> [LedgerEntry] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { throw .noLedger(folder) }
        var entries: [LedgerEntry] = []
        for plan in ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).sorted() {
            let planFolder = (folder as NSString).appendingPathComponent(plan)
            var planIsDirectory: ObjCBool = false
            guard manager.fileExists(atPath: planFolder, isDirectory: &planIsDirectory), planIsDirectory.boolValue else { continue }
            for name in ((try? manager.contentsOfDirectory(atPath: planFolder)) ?? []).sorted() where name.hasSuffix(".json") {
                let file = (planFolder as NSString).appendingPathComponent(name)
                guard let data = manager.contents(atPath: file) else { throw .unreadable(file) }
                guard let entry = LedgerFile.entry(from: data) else { throw .notALedgerFile(file) }
                entries.append(entry)
            }
        }
        return entries
    }
}

extension DataSources {
    /// The AQI standard hourly data are aggregated under, as a ledger records it: `auto` (by the
    /// day: HJ 633—2012, HJ 633—2026 from 2026-03-01), or the one forced; nil without hourly data.
    ///
    /// ```swift
    /// DataSources(files: ["march.csv"]).standardName   // nil
    /// ```
    public var standardName: String? {
        guard let hourly else { return nil }
        switch hourly.standard {
        case .automatic: return "auto"
        case .forced(let version): return version.rawValue
        }
    }
}
