import Foundation
import FuzzSupport
import TrackerKit

/// The measurement reader (both layouts, UTF-8/BOM/GB18030, strict and lenient) on arbitrary
/// bytes. Checks: rows read = rows used + rows skipped; nothing is lost silently; shares of days
/// formed from counts stay finite and within 0–100.
@main enum Main { static func main() { FuzzDriver.run(fuzzOne) } }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    for lenient in [false, true] {
        let (set, diagnostics) = MeasurementReader.read(bytes, file: "fuzz.csv", indicators: BundledCatalogs.indicators,
                                                        scopes: BundledCatalogs.scopes, lenient: lenient, period: .year(2025))
        if set.rowsUsed + set.skipped.count != set.rowsRead { fatalError("rows read \(set.rowsRead) ≠ used \(set.rowsUsed) + skipped \(set.skipped.count)") }
        if lenient, set.measurements.count > set.rowsUsed * max(1, BundledCatalogs.indicators.indicators.count) {
            fatalError("more measurements than rows can hold")
        }
        for m in set.measurements where !m.value.isFinite { fatalError("a non-finite value was accepted: \(m)") }
        // Shares of days formed from day counts and valid days: finite, within 0–100.
        var formed = set
        _ = DayRatioForming.form(in: &formed, wanted: ["good_day_ratio", "heavy_pollution_day_ratio"], indicators: BundledCatalogs.indicators)
        for m in formed.measurements.dropFirst(set.measurements.count) where !(m.value.isFinite && (0...100).contains(m.value)) {
            fatalError("a share of days out of range was formed: \(m)")
        }
        _ = diagnostics
    }
    return 0
}
