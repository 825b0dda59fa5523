import TrackerModel

/// A file in the block syntax shared by target files and catalogs (docs/targets.md):
/// `[kind argument]` sections holding `key value` lines and `|`-separated table rows.
///
/// ```swift
/// let doc = BlockDocument.parse("[plan x]\nyear 2025\n", file: "x.targets")
/// doc.sections[0].kind           // "plan"
/// doc.sections[0].value("year")  // "2025"
/// ```
public struct BlockDocument: Sendable {
    public var file: String
    public var sections: [Section]
    /// Lexical problems (a line that is neither a header, a key nor a row; text before any section).
    public var diagnostics: [Diagnostic]

    public struct Section: Sendable {
        public var kind: String
        public var argument: String
        public var location: SourceLocation
        public var entries: [Entry] = []
        public var rows: [Row] = []

        /// The first value of `key`, if present.
        public func value(_ key: String) -> String? { entries.first { $0.key == key }?.value }
        public func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }
        public func entries(_ key: String) -> [Entry] { entries.filter { $0.key == key } }
    }

    public struct Entry: Sendable {
        public var key: String
        public var value: String
        /// Where the key starts.
        public var location: SourceLocation
        /// Where the value starts.
        public var valueLocation: SourceLocation
    }

    /// A table row: its cells with their columns, and the `@LINE` seed reference if given.
    public struct Row: Sendable {
        public var cells: [Cell]
        public var seedLine: Int?
        public var location: SourceLocation
    }

    public struct Cell: Sendable {
        public var text: String
        public var location: SourceLocation
    }

    public static func parse(_ text: String, file: String) -> BlockDocument {
        var sections: [Section] = []
        var diagnostics: [Diagnostic] = []
        var lineNumber = 0
        // Lines end in LF, CRLF (one Character) or a lone CR (old Mac editors), as in CSV files.
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            lineNumber += 1
            let line = stripComment(String(rawLine).replacingCRs())
            let trimmed = Whitespace.trim(line, newlines: false)
            if trimmed.isEmpty { continue }
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            let here = SourceLocation(file: file, line: lineNumber, column: indent + 1)
            if trimmed.hasPrefix("[") {
                guard trimmed.hasSuffix("]") else {
                    diagnostics.append(Diagnostic(.error, .sectionHeaderNotClosed, at: here, "section header is not closed",
                                                  fix: "end the line with `]`, e.g. `[table 附件1 …]`"))
                    continue
                }
                let inner = Whitespace.trim(String(trimmed.dropFirst().dropLast()), newlines: false)
                let kind = inner.prefix { !$0.isWhitespace }
                let argument = Whitespace.trim(String(inner.dropFirst(kind.count)), newlines: false)
                sections.append(Section(kind: String(kind), argument: argument, location: here))
                continue
            }
            guard !sections.isEmpty else {
                diagnostics.append(Diagnostic(.error, .textBeforeFirstSection, at: here, "text before the first section",
                                              fix: "start the file with a section header such as `[plan ID]`"))
                continue
            }
            let firstWord = trimmed.prefix { !$0.isWhitespace }
            let isKey = !firstWord.isEmpty && firstWord.allSatisfy { $0.isASCII && ($0.isLetter || $0 == "-" || $0 == "_") }
            if trimmed.contains("|") && !(isKey && firstWord == "columns") {
                sections[sections.count - 1].rows.append(row(line, lineNumber: lineNumber, file: file, diagnostics: &diagnostics))
            } else if isKey {
                let afterKey = trimmed.dropFirst(firstWord.count)
                let value = Whitespace.trim(String(afterKey), newlines: false)
                let valueColumn = indent + firstWord.count + (afterKey.count - afterKey.drop { $0 == " " || $0 == "\t" }.count) + 1
                sections[sections.count - 1].entries.append(Entry(
                    key: String(firstWord), value: value, location: here,
                    valueLocation: SourceLocation(file: file, line: lineNumber, column: valueColumn)))
            } else {
                diagnostics.append(Diagnostic(.error, .unreadableLine, at: here, "cannot read this line",
                                              fix: "write `key value`, a table row with `|` between cells, or a `[section]` header"))
            }
        }
        return BlockDocument(file: file, sections: sections, diagnostics: diagnostics)
    }

    /// `#` starts a comment at the start of a line or after a space or tab.
    static func stripComment(_ line: String) -> String {
        // Most lines hold no `#` at all: decided on the bytes, without walking the characters.
        guard line.utf8.contains(UInt8(ascii: "#")) else { return line }
        var previous: Character = " "
        for (offset, ch) in line.enumerated() {
            if ch == "#", previous == " " || previous == "\t" {
                return String(line.prefix(offset))
            }
            previous = ch
        }
        return line
    }

    static func row(_ line: String, lineNumber: Int, file: String, diagnostics: inout [Diagnostic]) -> Row {
        var cells: [Cell] = []
        var column = 1
        var seedLine: Int?
        let pieces = line.split(separator: "|", omittingEmptySubsequences: false)
        for (index, piece) in pieces.enumerated() {
            var text = String(piece)
            let lead = text.prefix { $0 == " " || $0 == "\t" }.count
            let cellColumn = column + lead
            column += piece.count + 1
            text = Whitespace.trim(text, newlines: false)
            if index == pieces.count - 1, let at = text.lastIndex(of: "@") {
                let digits = text[text.index(after: at)...]
                if !digits.isEmpty, digits.allSatisfy(\.isASCII), let n = Int(digits) {
                    seedLine = n
                    text = Whitespace.trim(String(text[..<at]), newlines: false)
                }
            }
            cells.append(Cell(text: text, location: SourceLocation(file: file, line: lineNumber, column: cellColumn)))
        }
        let indent = line.prefix { $0 == " " || $0 == "\t" }.count
        return Row(cells: cells, seedLine: seedLine, location: SourceLocation(file: file, line: lineNumber, column: indent + 1))
    }
}

extension String {
    /// A CR left inside a line counts as nothing here; callers split lines first.
    func replacingCRs() -> String { utf8.contains(13) ? replacingOccurrences(of: "\r", with: "") : self }
}

import Foundation
