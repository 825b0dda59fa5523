import Foundation
import FuzzSupport
import TrackerKit

/// The national daily files' reader (`beijing_all_*` / `beijing_extra_*`) on arbitrary bytes:
/// the input is cut at its first 0x01 byte into the two files of one day, read together.
@main enum Main { static func main() { FuzzDriver.run(fuzzOne) } }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    let cut = bytes.firstIndex(of: 0x01) ?? bytes.endIndex
    let all = bytes[bytes.startIndex..<cut]
    let extra = cut < bytes.endIndex ? bytes[(cut + 1)...] : Data()
    var days = StationDayAccumulator()
    let summaries = NationalDayReader().read(dayData: [(Data(all), "beijing_all_20160101.csv"),
                                                      (Data(extra), "beijing_extra_20160101.csv")], into: &days)
    _ = summaries
    return 0
}
