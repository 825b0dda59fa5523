/// A `.rels` part: which part each relationship id points to, and of what type, with targets
/// resolved to part names in the ZIP (`worksheets/sheet1.xml` next to `xl/workbook.xml` is
/// `xl/worksheets/sheet1.xml`; `/xl/…` is absolute).
///
/// ```swift
/// let rels = try Relationships.read(bytes, part: "xl/_rels/workbook.xml.rels", base: "xl/")
/// rels.target(id: "rId1")                  // "xl/worksheets/sheet1.xml"
/// rels.target(type: "sharedStrings")       // "xl/sharedStrings.xml"
/// ```
struct Relationships {
    struct Relationship {
        var id: String
        /// The type URI's last path component: `worksheet`, `styles`, `officeDocument` — the same
        /// in transitional and strict OOXML, whose URIs differ.
        var type: String
        var target: String
    }

    var all: [Relationship] = []

    func target(id: String) -> String? { all.first { $0.id == id }?.target }
    func target(type: String) -> String? { all.first { $0.type == type }?.target }
    func relationship(id: String) -> Relationship? { all.first { $0.id == id } }

    static func read(_ bytes: [UInt8], part: String, base: String) throws(WorkbookError) -> Relationships {
        final class Handler: XMLEventHandler {
            var rels = Relationships()
            let base: String
            var done = false
            init(base: String) { self.base = base }
            func start(_ name: String, _ attributes: [String: String]) {
                guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"],
                      attributes["TargetMode"] != "External" else { return }
                let type = attributes["Type"]?.split(separator: "/").last.map(String.init) ?? ""
                rels.all.append(Relationship(id: id, type: type, target: Relationships.resolve(target, base: base)))
            }
            func end(_ name: String) {}
            func text(_ text: String) {}
        }
        let handler = Handler(base: base)
        try XMLEventParser.parse(bytes, part: part, handler: handler)
        return handler.rels
    }

    /// `base` is the folder of the part the relationships belong to, ending in `/` (or empty).
    static func resolve(_ target: String, base: String) -> String {
        let decoded = target.removingPercentEncoding ?? target
        var parts: [Substring] = decoded.hasPrefix("/") ? [] : base.split(separator: "/")
        for piece in decoded.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(piece) }
        }
        return parts.joined(separator: "/")
    }

    /// `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`.
    static func partName(for part: String) -> String {
        let folder = folder(of: part)
        let file = part.split(separator: "/").last.map(String.init) ?? part
        return folder + "_rels/" + file + ".rels"
    }

    /// `xl/` for `xl/workbook.xml`; empty at the root.
    static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }
}
