import Foundation
import TrackerInput
@testable import TrackerCLI
import TrackerModel
import TrackerRendering
import TrackerTestSupport
import XCTest

/// Issue 13, "Chinese first": with `--lang zh` every command and format prints no English word
/// beyond an allow-list (units, pollutant and indicator symbols, file names, plan ids, option
/// names and their values, identifiers); the language comes from `--lang`, `TRACKER_LANG` or the
/// locale; JSON does not change with the language. The Chinese outputs scanned are the `zh-*`
/// goldens of Tests/Fixtures/cli-golden, which CLIGoldenTests keeps equal to what the commands print.
final class ChineseOutputTests: XCTestCase {
    static let golden = Fixtures.path("Tests/Fixtures/cli-golden")

    /// Words a Chinese output may contain: symbols, units, formats, placeholders of the help,
    /// command and option values, environment variables, acronyms of standards and file formats.
    static let allowed: Set<String> = [
        // pollutants and indicator symbols, units
        "PM2.5", "PM10", "PM", "NOx", "VOCs", "CO", "SO2", "NO2", "O3", "TSP", "COD", "TP", "AQI", "IAQI", "GDP",
        "km", "ha", "kWh", "kW", "MW", "t", "mg", "ug", "m3", "µg", "HJ", "GB", "GB18030", "gb18030", "gbk", "UTF-8", "utf-8", "utf8", "BOM",
        "utf-8-bom", "ISO", "UCI", "MiB", "NUL", "ASCII", "ZIP", "XML",
        // file formats and programs
        "csv", "CSV", "json", "JSON", "table", "markdown", "html", "HTML", "xlsx", "xls", "xlsb", "ods", "Excel", "OpenDocument",
        // the help's placeholders, commands, option values, directories, environment
        "USAGE", "FILE", "FILES", "DIR", "DIRS", "ID", "NAME", "YYYY", "YYYY-MM", "MM", "P", "S", "E", "F", "V", "L", "N", "U",
        "OLD", "NEW", "HOURLY", "POLLUTANT", "UNIT", "LINE", "COLUMN", "P=U", "POLLUTANT=UNIT", "A4",
        "tracker", "evaluate", "report", "diff", "targets", "list", "check", "indicators", "aggregate", "rank", "history", "changes", "help",
        "zh", "en", "auto", "missed", "at_risk", "Targets", "Samples", "docs",
        "version", "TRACKER_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "TRACKER_TARGETS",
        "district", "street", "city",   // the words `--level` takes, as typed
        // the report's switch to English names the language
        "English",
    ]

    /// The Latin words of a text that are not allowed: backticked text, paths and file names,
    /// options, identifiers (`snake_case`, plan ids like `xicheng-2025`) and the reader's own
    /// detail of a diagnostic (in parentheses after its Chinese summary) are left out.
    static func englishWords(in text: String) -> [String] {
        var text = text
        // A diagnostic in Chinese: `place: 错误 M112：<summary>（<the reader's detail>）`.
        text = text.replacing(/(错误|警告|提示) [A-Z][0-9]{3}：([^（\n]*)（.*）$/.anchorsMatchLineEndings(), with: { "\($0.output.2)" })
        text = text.replacing(/`[^`\n]*`/, with: " ")
        text = text.replacing(/--[a-z][a-z-]*/, with: " ")
        text = text.replacing(/[^\s,，（(]*[\/][^\s,，）)]*/, with: " ")          // paths
        text = text.replacing(/[^\s,，（(]+\.(csv|targets|txt|json|xlsx|html|md|catalog|out)\b/, with: " ")
        var found: [String] = []
        for match in text.matches(of: /[A-Za-zµ][A-Za-z0-9µ_.=\-]*/) {
            var word = String(match.output)
            while word.hasSuffix(".") || word.hasSuffix("-") { word.removeLast() }
            if word.contains("_") || word.wholeMatch(of: /[a-z]+-[0-9]{4}/) != nil { continue }   // identifiers, plan ids
            if word.wholeMatch(of: /[A-Z][0-9]{3}/) != nil { continue }                             // diagnostic codes
            if allowed.contains(word) || word.count == 1 { continue }                               // B级, m³
            found.append(word)
        }
        return found
    }

    struct Golden {
        var name: String
        var arguments: [String]
    }

    static func commands() throws -> [Golden] {
        let text = try String(contentsOfFile: golden + "/commands.txt", encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#"), !line.isEmpty else { return nil }
            let parts = line.split(separator: "\t", maxSplits: 1)
            return Golden(name: String(parts[0]), arguments: parts.count > 1 ? parts[1].split(separator: " ").map(String.init) : [])
        }
    }

    /// What a golden shows: standard output and error (without the `--- stderr`/`--- exit` lines).
    static func shown(_ name: String) throws -> String {
        try String(contentsOfFile: golden + "/\(name).out", encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("--- stderr") && !$0.hasPrefix("--- exit") }.joined(separator: "\n")
    }

    /// A golden's standard output alone.
    static func standardOutput(_ name: String) throws -> String {
        let text = try String(contentsOfFile: golden + "/\(name).out", encoding: .utf8)
        return text.components(separatedBy: "\n--- stderr\n").first ?? text
    }

    /// The HTML report's Chinese view: without the style sheet, the English spans, hover titles,
    /// chart descriptions for screen readers, and markup.
    static func chineseView(ofHTML html: String) -> String {
        var text = html
        text = text.replacing(/<style>.*?<\/style>/.dotMatchesNewlines(), with: " ")
        text = text.replacing(/<(title|desc)[^>]*>.*?<\/(title|desc)>/.dotMatchesNewlines(), with: " ")
        text = text.replacing(/<(span|tspan) class="en"[^>]*>[^<]*<\/(span|tspan)>/, with: " ")
        text = text.replacing(/<[^>]*>/, with: " ")
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    func testEveryCommandAndFormatHasAChineseGolden() throws {
        let commands = try Self.commands()
        func kinds(_ list: [Golden]) -> Set<String> {
            Set(list.map { g in
                let words = g.arguments.filter { $0 != "--lang" && $0 != "zh" }
                let command = words.first.map { $0.hasPrefix("-") ? "(default) \($0)" : $0 } ?? "(default)"
                let format = words.firstIndex(of: "--format").map { words[$0 + 1] } ?? "table"
                return command + " " + format
            })
        }
        let english = commands.filter { !$0.name.hasPrefix("zh-") }
        let chinese = commands.filter { $0.name.hasPrefix("zh-") }
        XCTAssertTrue(chinese.allSatisfy { $0.arguments.contains("--lang") }, "every zh golden passes --lang zh")
        XCTAssertEqual(kinds(english).subtracting(kinds(chinese)), [], "a command or format without a Chinese golden")
    }

    func testChineseOutputsPrintNoEnglishWords() throws {
        var scanned = 0
        for command in try Self.commands() where command.name.hasPrefix("zh-") && command.name != "zh-bad-lang" {
            let isJSON = command.arguments.contains("json")
            if isJSON { continue }   // JSON keeps its English keys and values: testJSONIsTheSameInEitherLanguage
            // `aggregate` without --output prints the monthly measurement file: data, like JSON.
            let printsData = command.arguments.contains("aggregate") && !command.arguments.contains("--output")
                && !command.arguments.contains("--help")
            var text = try Self.shown(command.name)
            if printsData { text = text.replacingOccurrences(of: try Self.standardOutput(command.name), with: "") }
            if text.hasPrefix("<!DOCTYPE html>") { text = Self.chineseView(ofHTML: text) }
            let words = Self.englishWords(in: text)
            XCTAssertEqual(words, [], "\(command.name): English words in the Chinese output")
            scanned += 1
        }
        XCTAssertGreaterThan(scanned, 35)
    }

    func testTheChineseWorkbookAndCSVFilesPrintNoEnglishWords() throws {
        let workbook = try Workbook(Data(contentsOf: URL(fileURLWithPath: Self.golden + "/zh-evaluate-xlsx.card.xlsx")))
        XCTAssertEqual(workbook.sheets.map(\.name), ["概况", "区级", "街道"])
        // Every Chinese golden workbook (scorecards, rankings), every sheet and cell.
        let books = try FileManager.default.contentsOfDirectory(atPath: Self.golden).filter { $0.hasPrefix("zh-") && $0.hasSuffix(".xlsx") }
        XCTAssertGreaterThanOrEqual(books.count, 4)
        for name in books.sorted() {
            let workbook = try Workbook(Data(contentsOf: URL(fileURLWithPath: Self.golden + "/" + name)))
            for sheet in workbook.sheets {
                XCTAssertEqual(Self.englishWords(in: sheet.name), [], "\(name): sheet \(sheet.name)")
                let grid = try workbook.grid(of: sheet)
                for row in grid.rows {
                    for cell in row.cells where Double(cell.text) == nil {
                        XCTAssertEqual(Self.englishWords(in: cell.text), [], "\(name) \(sheet.name)!\(row.number): \(cell.text)")
                    }
                }
            }
        }
        // The GB18030 CSV for Excel on Chinese Windows.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.golden + "/zh-evaluate-csv-gb18030.card.csv"))
        let csv = try XCTUnwrap(String(data: bytes, encoding: String.Encoding(rawValue: 0x8000_0632)))
        XCTAssertTrue(csv.hasPrefix("计划,截至,范围,范围级别,指标代码,指标,实测"))
        XCTAssertEqual(Self.englishWords(in: csv), [])
    }

    /// JSON is an interface: its keys and enum values are English identifiers in both languages.
    func testJSONIsTheSameInEitherLanguage() throws {
        let commands = try Self.commands()
        var compared = 0
        for zh in commands where zh.name.hasPrefix("zh-") && zh.arguments.contains("json") {
            let same = zh.arguments.filter { $0 != "--lang" && $0 != "zh" }
            guard let en = commands.first(where: { !$0.name.hasPrefix("zh-") && $0.arguments == same }) else {
                XCTFail("\(zh.name): no English golden with the same arguments"); continue
            }
            XCTAssertEqual(try Self.shown(zh.name), try Self.shown(en.name), "\(zh.name) differs from \(en.name)")
            compared += 1
        }
        XCTAssertGreaterThanOrEqual(compared, 4)
    }

    /// The allow-list lets through what it should and nothing more.
    func testTheScanFindsEnglishWords() {
        XCTAssertEqual(Self.englishWords(in: "余下须：the remaining 275 days must average ≤ 27.5 µg/m³"),
                       ["the", "remaining", "days", "must", "average"])
        XCTAssertEqual(Self.englishWords(in: "数据：Samples/xicheng-2025-synthetic.csv（长表，utf-8）· PM2.5年均浓度 ≤ 32 µg/m³ xicheng-2025"), [])
        XCTAssertEqual(Self.englishWords(in: "a.csv:3:1: 错误 M112：范围不在范围目录中（unknown scope `德盛街道`）"), [])
        XCTAssertEqual(Self.englishWords(in: "a.csv:3:1: 错误 M112：scope unknown（detail）"), ["scope", "unknown"])
        XCTAssertEqual(Self.englishWords(in: "✔ met"), ["met"])
    }

    /// `LANG=zh_CN.UTF-8 tracker` prints the Chinese scorecard, `LANG=C` the English one;
    /// `TRACKER_LANG` overrides the locale and `--lang` overrides both.
    func testTheLocaleChoosesTheLanguage() throws {
        guard TrackerCommand.executable != nil else { throw XCTSkip(TrackerCommand.MissingExecutable().description) }
        let unset = ["TRACKER_LANG": "", "LC_ALL": "", "LC_MESSAGES": ""]
        let chinese = try TrackerCommand.runExecutable([], environment: unset.merging(["LANG": "zh_CN.UTF-8"]) { $1 })
        XCTAssertEqual(chinese.code, 0)
        XCTAssertEqual(chinese.out, try Self.standardOutput("zh-default"), "LANG=zh_CN.UTF-8 gives the Chinese scorecard")
        let english = try TrackerCommand.runExecutable([], environment: unset.merging(["LANG": "C"]) { $1 })
        XCTAssertEqual(english.out, try Self.standardOutput("default"))
        let chosen = try TrackerCommand.runExecutable(["--lang", "en"], environment: unset.merging(["LANG": "zh_CN.UTF-8"]) { $1 })
        XCTAssertTrue(chosen.out.contains("summary: missed 23 · insufficient_data 5 · within_tolerance 1 · met 45"), chosen.out)
        let overridden = try TrackerCommand.runExecutable([], environment: ["TRACKER_LANG": "zh", "LC_ALL": "C.UTF-8"])
        XCTAssertTrue(overridden.out.contains("概况：未达标 23"), overridden.out)
    }

    /// Every command's help, in either language, names `--lang`; the Chinese help is in Chinese.
    func testEveryHelpNamesLangInBothLanguages() {
        for word in ["evaluate", "report", "diff", "targets", "indicators", "aggregate"] {
            for language in ["zh", "en"] {
                let outcome = TrackerCommand.run([word, "--help", "--lang", language])
                XCTAssertEqual(outcome.code, 0)
                XCTAssertTrue(outcome.out.contains("  --lang L"), "\(word) --help (\(language))")
                XCTAssertTrue(outcome.out.hasPrefix(language == "zh" ? "用法：tracker \(word)" : "USAGE: tracker \(word)"), outcome.out)
            }
        }
        XCTAssertTrue(TrackerCommand.run(["--help", "--lang", "zh"]).out.hasPrefix("tracker —— 环境政策目标评估工具"))
    }

    /// The `--lang` the command line reads before it parses (so that its usage errors are in that
    /// language): a language value, wherever it stands before `--`; the last one given.
    func testTheLanguageOptionIsReadBeforeParsing() {
        XCTAssertEqual(Tracker.languageOption(["evaluate", "--lang", "zh"]), "zh")
        XCTAssertEqual(Tracker.languageOption(["--lang=en", "indicators"]), "en")
        XCTAssertNil(Tracker.languageOption(["indicators", "--lang", "fr"]), "not a language: the parser refuses it")
        XCTAssertNil(Tracker.languageOption(["diff", "--", "--lang", "zh"]), "after -- every word is positional")
        XCTAssertNil(Tracker.languageOption(["evaluate", "--lang"]))
    }

    /// In process: `--lang` anywhere among a command's options, and the usage errors in Chinese.
    func testLangIsAnOptionOfEveryCommand() {
        for arguments in [["indicators", "Targets", "--lang", "zh"], ["targets", "check", "Targets", "--lang=zh"],
                          ["--lang", "zh", "targets", "list", "Targets", "--plan", "xicheng-2025"],
                          ["targets", "--lang", "zh", "check", "Targets"]] {
            let outcome = TrackerCommand.run(arguments)
            XCTAssertEqual(outcome.code, 0, "\(arguments): \(outcome.err)")
        }
        let wrong = TrackerCommand.run(["indicators", "--lang", "zh", "--formt", "json"])
        XCTAssertEqual(wrong.code, 2)
        XCTAssertTrue(wrong.err.hasPrefix("错误：未知选项 `--formt`；是否要用 `--format`？"), wrong.err)
        let french = TrackerCommand.run(["indicators", "--lang", "fr"])
        XCTAssertEqual(french.code, 2)
        XCTAssertTrue(french.err.hasPrefix("error: `--lang` takes zh, en, not `fr`"), french.err)
    }
}

/// The Chinese tables stay aligned by display width (a CJK character takes two columns): in every
/// table of the Chinese goldens, each row leaves the two-column gutter before every column free.
final class ChineseAlignmentTests: XCTestCase {
    /// The display columns of a line, one entry per column (a wide character fills two).
    static func cells(_ line: String) -> [Character] {
        var out: [Character] = []
        for character in line {
            let width = character.unicodeScalars.first.map { DisplayWidth.of($0) } ?? 1
            out.append(character)
            if width == 2 { out.append("\u{0}") }
        }
        return out
    }

    func testEveryChineseTableIsAlignedByDisplayWidth() throws {
        var tables = 0
        for name in ["zh-evaluate-table", "zh-evaluate-midyear", "zh-diff-data", "zh-targets-list", "zh-indicators", "zh-evaluate-hourly"] {
            let lines = try ChineseOutputTests.standardOutput(name).components(separatedBy: "\n")
            for (index, rule) in lines.enumerated() where rule.hasPrefix("--") {
                // Column starts: where a run of - begins after the two-space gutter.
                let ruleCells = Self.cells(rule)
                let starts = ruleCells.indices.filter { $0 >= 2 && ruleCells[$0] == "-" && ruleCells[$0 - 1] == " " && ruleCells[$0 - 2] == " " }
                XCTAssertFalse(starts.isEmpty)
                var rows = [lines[index - 1]]
                var next = index + 1
                while next < lines.count, !lines[next].isEmpty, !lines[next].hasSuffix("：") { rows.append(lines[next]); next += 1 }
                for row in rows {
                    let cells = Self.cells(row)
                    for start in starts where start - 1 < cells.count {
                        XCTAssertEqual(String(cells[(start - 2)...(start - 1)]), "  ", "\(name): `\(row)` overflows into the gutter at column \(start)")
                    }
                }
                tables += 1
            }
        }
        XCTAssertGreaterThan(tables, 6)
    }
}
