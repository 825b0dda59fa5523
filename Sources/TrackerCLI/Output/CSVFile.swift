import Foundation
import TrackerKit

/// A CSV written to a file: UTF-8 with a BOM by default (Excel on Chinese Windows reads a CSV
/// without one as GB18030 and garbles UTF-8), plain UTF-8, or GB18030 (`--output-encoding`).
/// Standard output gets the text as it is. One home for the option's rule, its help lines and
/// the writing, for every command that writes CSV (evaluate, rank, history, changes).
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

    /// `--output-encoding` as given, refused unless the command writes CSV to a file: checked
    /// with the other options, before any work.
    static func encoding(_ parsed: ParsedArguments, writesCSVFile: Bool) throws(UsageError) -> OutputEncoding? {
        if let given = parsed.value("--output-encoding"), !writesCSVFile {
            throw UsageError("`--output-encoding \(given)` applies to `--format csv` written with `--output FILE`",
                             zh: "`--output-encoding \(given)` 只用于以 `--output FILE` 写出的 `--format csv`")
        }
        return parsed.choice("--output-encoding", OutputEncoding.self)
    }

    /// Writes `text` to `file` atomically in `encoding` and says so; the exit code.
    static func write(_ text: String, encoding: OutputEncoding?, to file: String, console: inout Console) -> Int32 {
        guard AtomicFile.write(bytes(text, encoding: encoding), to: file, console: &console) else { return ExitCode.cannotWrite }
        console.wrote(file)
        return ExitCode.success
    }

    /// The option's help lines (18 columns before the text, as the commands' option lists).
    static let helpEn = """
          --output-encoding E  CSV written with --output: utf-8-bom (default: Excel then shows Chinese
                            correctly), utf-8 (no BOM) or gb18030
        """
    static let helpZh = """
          --output-encoding E  以 --output 写出的 CSV：utf-8-bom（默认，Excel 可正确显示中文）、
                            utf-8（无 BOM）或 gb18030
        """
}
