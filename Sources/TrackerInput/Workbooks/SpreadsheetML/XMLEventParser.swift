import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs `XMLParser` (FoundationXML on Linux) over one part of a workbook and forwards its events
/// to a handler, so that each part reader is a small state machine and a sheet of millions of
/// cells is never held as a tree. Namespaces are processed, so `x:c` and `c` are both `c`
/// (some writers prefix SpreadsheetML, Strict OOXML uses other namespace URIs).
///
/// A document type declaration is refused before parsing: OOXML never has one, and entity
/// definitions are how XML bombs expand.
///
/// ```swift
/// final class Counter: XMLEventHandler {
///     var cells = 0, done = false
///     func start(_ name: String, _ attributes: [String: String]) { if name == "c" { cells += 1 } }
///     func end(_ name: String) {}
///     func text(_ text: String) {}
/// }
/// let counter = Counter()
/// try XMLEventParser.parse(bytes, part: "xl/worksheets/sheet1.xml", handler: counter)
/// ```
final class XMLEventParser: NSObject, XMLParserDelegate {
    private let handler: XMLEventHandler
    /// Open elements: FoundationXML on Linux may report success for a document cut short, so an
    /// unclosed root is checked here.
    private var depth = 0
    private var sawRoot = false
    private var error: Error?

    private init(handler: XMLEventHandler) {
        self.handler = handler
    }

    static func parse(_ bytes: [UInt8], part: String, handler: XMLEventHandler) throws(WorkbookError) {
        if hasDocumentType(bytes) { throw .damaged(.documentType(part: part)) }
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        let events = XMLEventParser(handler: handler)
        parser.delegate = events
        let parsed = parser.parse()
        guard !handler.done else { return }
        if !parsed || events.error != nil {
            let reason = (parser.parserError ?? events.error).map { ($0 as NSError).localizedDescription } ?? "unknown error"
            throw .damaged(.notWellFormed(part: part, line: parser.lineNumber, reason: reason))
        }
        if events.depth != 0 || !events.sawRoot {
            throw .damaged(.unclosed(part: part))
        }
    }

    /// `<!DOCTYPE` in the prolog, i.e. before the first element.
    private static func hasDocumentType(_ bytes: [UInt8]) -> Bool {
        let doctype = Array("<!DOCTYPE".utf8)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            guard i + 1 < bytes.count else { return false }
            let next = bytes[i + 1]
            if next == UInt8(ascii: "?") || (next == UInt8(ascii: "!") && bytes[i...].starts(with: Array("<!--".utf8))) {
                i += 2
                continue
            }
            return bytes[i...].starts(with: doctype)
        }
        return false
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        var local: [String: String] = [:]
        for (key, value) in attributes {
            let name = key.split(separator: ":").last.map(String.init) ?? key
            // `xmlns` declarations are not attributes of the content.
            if key.hasPrefix("xmlns") { continue }
            // `id` and `r:id` on one element: the unprefixed one wins, whatever the dictionary's order.
            if name != key, local[name] != nil { continue }
            local[name] = value
        }
        depth += 1
        sawRoot = true
        handler.start(XMLEventParser.localName(elementName), local)
        if handler.done { parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        handler.end(XMLEventParser.localName(elementName))
        if handler.done { parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if error == nil { error = parseError }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        handler.text(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        handler.text(String(decoding: CDATABlock, as: UTF8.self))
    }

    private static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }
}
