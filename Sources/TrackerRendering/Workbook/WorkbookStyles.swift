import TrackerEvaluation

/// The styles of a scorecard workbook (`xl/styles.xml`) and the index of each in `cellXfs`: a
/// bold header on grey, a fill per verdict family — green for met and on track, amber for within
/// tolerance and at risk, red for missed and off track, grey for the rest, always together with
/// the verdict's text and symbol, so colour is never the only signal — and number formats with a
/// fixed count of decimals, plain or signed (`+1.5`).
///
/// ```swift
/// WorkbookStyles.header          // 1
/// WorkbookStyles.verdict(.missed) // the red fill
/// WorkbookStyles.fixed(1)        // shows 35.2
/// WorkbookStyles.signed(1)       // shows +1.5 / -3.0
/// ```
enum WorkbookStyles {
    static let header = 1
    static let label = 2
    static let maxDecimals = 6

    private static let fills: [(fill: String, font: String)] = [
        ("C6EFCE", "006100"),   // green: met, on track (Excel's "Good")
        ("FFEB9C", "9C5700"),   // amber: within tolerance, at risk ("Neutral")
        ("FFC7CE", "9C0006"),   // red: missed, off track ("Bad")
        ("EDEDED", "404040"),   // grey: insufficient data, deferred, not applicable
    ]

    static func verdict(_ verdict: Verdict) -> Int {
        switch verdict {
        case .met, .onTrack: 3
        case .withinTolerance, .atRisk: 4
        case .missed, .offTrack: 5
        case .insufficientData, .deferred, .notApplicable: 6
        }
    }

    static func fixed(_ decimals: Int) -> Int { 7 + min(max(decimals, 0), maxDecimals) }
    static func signed(_ decimals: Int) -> Int { 7 + maxDecimals + 1 + min(max(decimals, 0), maxDecimals) }

    private static func code(decimals: Int) -> String { decimals == 0 ? "0" : "0." + String(repeating: "0", count: decimals) }

    static var xml: String {
        let decimals = Array(0...maxDecimals)
        let formats = decimals.map { (164 + $0, code(decimals: $0)) }
            + decimals.map { d in (164 + maxDecimals + 1 + d, "+\(code(decimals: d));-\(code(decimals: d));\(code(decimals: d))") }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        out += "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        out += "<numFmts count=\"\(formats.count)\">" + formats.map { "<numFmt numFmtId=\"\($0.0)\" formatCode=\"\(XMLText.escape($0.1))\"/>" }.joined() + "</numFmts>"
        // Fonts: 0 normal, 1 bold, 2… the verdict colours.
        let font = { (extra: String) in "<font>\(extra)<sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>" }
        out += "<fonts count=\"\(2 + fills.count)\">" + font("") + font("<b/>")
            + fills.map { font("<color rgb=\"FF\($0.font)\"/>") }.joined() + "</fonts>"
        // Fills 0 and 1 are reserved by the format (none, gray125); 2 the header grey; 3… verdicts.
        let solid = { (rgb: String) in "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF\(rgb)\"/><bgColor indexed=\"64\"/></patternFill></fill>" }
        out += "<fills count=\"\(3 + fills.count)\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + solid("D9D9D9") + fills.map { solid($0.fill) }.joined() + "</fills>"
        out += "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border><left/><right/><top/><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border></borders>"
        out += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        var xfs = ["<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>",
                   "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\"/>",
                   "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"]
        xfs += fills.indices.map { "<xf numFmtId=\"0\" fontId=\"\(2 + $0)\" fillId=\"\(3 + $0)\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\"/>" }
        xfs += formats.map { "<xf numFmtId=\"\($0.0)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" }
        out += "<cellXfs count=\"\(xfs.count)\">" + xfs.joined() + "</cellXfs>"
        out += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        return out + "</styleSheet>"
    }
}
