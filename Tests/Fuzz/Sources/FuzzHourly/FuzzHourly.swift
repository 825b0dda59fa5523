import Foundation
import FuzzSupport
import TrackerKit

/// The streaming hourly station reader (UCI and long layouts) on arbitrary bytes, with a small
/// chunk size so that lines split across chunks are exercised.
@main enum Main { static func main() { FuzzDriver.run(fuzzOne) } }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    var days = StationDayAccumulator()
    let summary = HourlyReader(chunkSize: 64).read(data: bytes, name: "fuzz.csv", into: &days)
    _ = summary
    return 0
}
