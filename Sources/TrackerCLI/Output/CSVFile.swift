import Foundation
import TrackerKit

/// The bytes of a CSV written to a file: UTF-8 with a BOM by default (Excel on Chinese Windows
/// reads a CSV without one as GB18030 and garbles UTF-8), plain UTF-8, or GB18030
/// (`--output-encoding`). Standard output gets the text as it is.
///
/// ```swift
/// CSVFile.bytes("范围,指标\r\n", encoding: nil).prefix(3)   // EF BB BF
/// ```
enum CSVFile {
    static func bytes(_ text: String, encoding: OutputEncoding?) -> Data {
        switch encoding ?? .utf8BOM {
        // kCFStringEncodingGB_18030_2000 as an NSStringEncoding; GB18030 encodes all of Unicode.
        case .gb18030: return text.data(using: String.Encoding(rawValue: 0x8000_0632)) ?? Data(text.utf8)
        case .utf8: return Data(text.utf8)
        case .utf8BOM: return Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        }
    }
}
