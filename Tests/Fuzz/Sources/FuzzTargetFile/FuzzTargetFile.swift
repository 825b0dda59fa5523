import Foundation
import FuzzSupport
import TrackerKit

/// The target-file reader on arbitrary bytes, against the bundled catalogs. Checks beyond "does
/// not crash": every diagnostic has a place; a file without errors yields targets with seed lines.
@main enum Main { static func main() { FuzzDriver.run(fuzzOne) } }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    guard case .success(let decoded) = TextDecoding.decode(bytes, file: "fuzz.targets", encoding: .utf8) else { return 0 }
    let reader = TargetFileReader(indicators: BundledCatalogs.indicators, scopes: BundledCatalogs.scopes)
    let result = reader.read(decoded.text, file: "fuzz.targets")
    for d in result.diagnostics where d.location == nil { fatalError("diagnostic without a place: \(d)") }
    if let plan = result.plan, !result.diagnostics.hasErrors {
        for t in plan.targets where t.provenance.seedLine <= 0 { fatalError("target without a seed line") }
    }
    return 0
}
