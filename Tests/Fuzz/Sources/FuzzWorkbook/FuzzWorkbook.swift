import Foundation
import FuzzSupport
import TrackerKit

/// The .xlsx reader (ZIP, inflater, SpreadsheetML) on arbitrary bytes, then the measurement
/// reader on whatever sheet it yields. Checks: bounded (the ZIP limits hold), never a crash.
@main enum Main { static func main() { FuzzDriver.run(fuzzOne) } }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    if let workbook = try? Workbook(bytes) {
        for sheet in workbook.sheets { _ = try? workbook.grid(of: sheet) }
    }
    _ = MeasurementReader.read(bytes, file: "fuzz.xlsx", indicators: BundledCatalogs.indicators,
                               scopes: BundledCatalogs.scopes, period: .year(2025))
    return 0
}
