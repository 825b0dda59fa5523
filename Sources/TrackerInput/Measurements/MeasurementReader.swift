import Foundation
import TrackerModel

/// Reads monthly measurement files (CSV, long or wide layout, UTF-8 or GB18030; or a sheet of an
/// .xlsx workbook, whose problems are placed as `data.xlsx[月度数据]!D12`) into a
/// `MeasurementSet`, with every problem reported as `file:line:column` and nothing lost:
/// rows are counted, a bad row is an error (or, `lenient`, a listed skip), never dropped quietly.
///
/// Long layout (canonical), columns in any order, English or Chinese names:
/// `period,scope,indicator,value[,valid_days][,unit][,flag][,note]`
/// (时间/月份/期间, 范围/区域/街道/地区, 指标, 数值/值, 有效天数, 单位, 标记, 备注).
/// Wide layout: `period,scope,<indicator>,<indicator>,…`, a header cell may carry a unit
/// (`PM2.5(mg/m³)`, `PM2.5（微克/立方米）`); `valid_days` applies to the row's mean and
/// day-ratio indicators; an empty cell is no value.
///
/// ```swift
/// let targets = TargetLoader.load(paths: ["Targets"]).set
/// let (set, diagnostics) = MeasurementReader.read(files: ["Samples/xicheng-2025-synthetic.csv"],
///                                                 indicators: targets.indicators, scopes: targets.scopes,
///                                                 period: .year(2025))
/// diagnostics.errors.forEach { print($0) }   // a.csv:14:9: error: unknown scope `德盛街道`; did you mean `德胜街道`?
/// set.measurements.count
/// ```
public enum MeasurementReader {
    /// One file's bytes. `file` names it in diagnostics and sources; `encoding` forces a
    /// decoding (else UTF-8, falling back to GB18030); `period` is the plan period, outside of
    /// which a row is an error; `lenient` turns row errors into `skipped` entries. Bytes of a
    /// workbook are read as one whatever the name; `sheet` picks its sheet (default: the first
    /// whose header row matches a layout). `headerRow` names the header's line (CSV) or row
    /// (sheet); by default it is the first of the first 20 filled rows that reads as a header, so
    /// a title or unit row above it is passed over.
    public static func read(_ data: Data, file: String, indicators: IndicatorCatalog, scopes: ScopeDirectory,
                            encoding: TextEncoding? = nil, lenient: Bool = false,
                            period: Period? = nil, sheet: SheetChoice? = nil,
                            headerRow: Int? = nil) -> (set: MeasurementSet, diagnostics: [Diagnostic]) {
        var collector = MeasurementCollector(indicators: indicators, scopes: scopes, lenient: lenient, plan: period, headerRow: headerRow)
        collector.read(data, file: file, encoding: encoding, sheet: sheet)
        return (collector.set, collector.diagnostics.sortedForDisplay())
    }

    /// Several files read into one set, in order; a period, scope and indicator given in two
    /// files is a duplicate like one given twice in a file. `sheet` applies to every workbook; a
    /// path written `data.xlsx[月度数据]` (that is not itself a file) picks that file's sheet.
    /// `keep`: good rows of periods outside it are checked (duplicates too) and counted in
    /// `set.setAside`, not kept — an archive of many years read for one costs the memory of that
    /// year (counts and shares of days are kept whatever their period, to form shares from; the
    /// variant with `forming` sets them aside too).
    public static func read(files: [String], indicators: IndicatorCatalog, scopes: ScopeDirectory,
                            encoding: TextEncoding? = nil, lenient: Bool = false,
                            period: Period? = nil, sheet: SheetChoice? = nil,
                            headerRow: Int? = nil, keep: Period? = nil) -> (set: MeasurementSet, diagnostics: [Diagnostic]) {
        read(files: files, indicators: indicators, scopes: scopes, encoding: encoding, lenient: lenient, period: period,
             sheet: sheet, headerRow: headerRow, keep: keep, paths: ReadingPaths())
    }

    /// `read(files:…)` for a caller that forms the shares of days `forming` (a plan's targets)
    /// afterwards: the counts and shares of days outside `keep` are set aside too, and what
    /// `DayRatioForming.form` needs of them is left in `aside` (pass it on to `form`).
    public static func read(files: [String], indicators: IndicatorCatalog, scopes: ScopeDirectory,
                            encoding: TextEncoding? = nil, lenient: Bool = false,
                            period: Period? = nil, sheet: SheetChoice? = nil,
                            headerRow: Int? = nil, keep: Period?, forming: Set<String>,
                            aside: inout DayRatioForming.CountsAside) -> (set: MeasurementSet, diagnostics: [Diagnostic]) {
        read(files: files, indicators: indicators, scopes: scopes, encoding: encoding, lenient: lenient, period: period,
             sheet: sheet, headerRow: headerRow, keep: keep, forming: forming, aside: &aside, paths: ReadingPaths())
    }

    /// `read(files:…)` by the ways `paths` allows (tests compare the quick ways with the general one).
    static func read(files: [String], indicators: IndicatorCatalog, scopes: ScopeDirectory,
                     encoding: TextEncoding? = nil, lenient: Bool = false,
                     period: Period? = nil, sheet: SheetChoice? = nil,
                     headerRow: Int? = nil, keep: Period? = nil, paths: ReadingPaths) -> (set: MeasurementSet, diagnostics: [Diagnostic]) {
        var aside = DayRatioForming.CountsAside()
        return read(files: files, indicators: indicators, scopes: scopes, encoding: encoding, lenient: lenient, period: period,
                    sheet: sheet, headerRow: headerRow, keep: keep, forming: nil, aside: &aside, paths: paths)
    }

    static func read(files: [String], indicators: IndicatorCatalog, scopes: ScopeDirectory,
                     encoding: TextEncoding? = nil, lenient: Bool = false,
                     period: Period? = nil, sheet: SheetChoice? = nil,
                     headerRow: Int? = nil, keep: Period? = nil, forming: Set<String>?, aside: inout DayRatioForming.CountsAside,
                     paths: ReadingPaths) -> (set: MeasurementSet, diagnostics: [Diagnostic]) {
        var collector = MeasurementCollector(indicators: indicators, scopes: scopes, lenient: lenient, plan: period, headerRow: headerRow,
                                             keep: keep, forming: forming, paths: paths)
        for file in files { collector.readFile(file, encoding: encoding, sheet: sheet) }
        aside = collector.namedCountsAside()
        return (collector.set, collector.diagnostics.sortedForDisplay())
    }
}
