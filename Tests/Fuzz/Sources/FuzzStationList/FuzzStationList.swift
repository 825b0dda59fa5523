import Foundation
import FuzzSupport
import TrackerKit

/// The station list reader on arbitrary text. Checks: every station it accepts has an id and an
/// area from the scope catalog, and every problem has a place.
@main enum Main { static func main() { FuzzDriver.run(fuzzOne) } }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    guard case .success(let decoded) = TextDecoding.decode(bytes, file: "fuzz-stations.csv") else { return 0 }
    let (list, diagnostics) = StationListReader.read(decoded.text, file: "fuzz-stations.csv", scopes: BundledCatalogs.scopes)
    for d in diagnostics where d.location == nil && d.severity == .error { fatalError("diagnostic without a place: \(d)") }
    for station in list.stations where station.id.isEmpty { fatalError("a station without an id was accepted") }
    return 0
}
