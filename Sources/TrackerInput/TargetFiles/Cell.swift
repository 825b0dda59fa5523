import Foundation
import TrackerModel

/// A target cell as written, before an indicator gives a bare number its meaning
/// (docs/targets.md, "The cell grammar").
///
/// ```swift
/// Cell.parse("4.5左右")      // .approximately(4.5, tolerance: nil, step: 0.1): band of the printed digit
/// Cell.parse("≥29")          // .bound(.atLeast, 29, percent: false)
/// Cell.parse("100(100,0)")   // .compound(.bound(nil, 100…), [.bound(nil, 100…), .bound(nil, 0…)])
/// Cell.parse("不少于三分之一")  // .fraction(.atLeast, 1/3)
/// ```
public indirect enum Cell: Hashable, Sendable {
    /// A number, with the relation written in the cell or nil for "by polarity".
    case bound(Relation?, Double, percent: Bool)
    /// An exact fraction of a whole (`1/3`, `三分之一`), for a share indicator.
    case fraction(Relation?, Fraction)
    /// `4.5左右`: `tolerance` is the band written in the cell (`±0.5`), nil when none; `step` is one
    /// unit of the last digit the cell prints (0.1 for `4.5`, 1 for `29`), the band of the one
    /// 左右 rule (docs/evaluation.md, "左右").
    case approximately(Double, tolerance: Double?, percent: Bool, step: Double)
    case between(Double, Double, percent: Bool)
    case reduction(baselineYear: Int, amount: Double, relative: Bool)
    /// A change against the same period last year, in %: `同比减少10%` is `(.atMost, -10)`
    /// (Cell+YearOnYear.swift).
    case yearOnYear(Relation, Double)
    case rank(Int, of: Int?)
    case anyOf([Branch])
    case compound(Cell, [Cell])
    case deferred(String)
    case notApplicable
    /// `^` / `〃`: the cell above, spread over this row by a merged cell.
    case ditto
    case empty

    public struct Branch: Hashable, Sendable {
        public var cell: Cell
        public var condition: String?
    }

    /// Why a cell could not be read, phrased with what would fix it; the code is the one its
    /// diagnostic carries.
    public struct Problem: Error, Hashable, Sendable {
        public var code: DiagnosticCode
        public var message: String
        public var fix: String
        /// The message and fix in Chinese, where the problem has them.
        public var zh: Diagnostic.Chinese?

        public init(_ code: DiagnosticCode, message: String, fix: String, zh: Diagnostic.Chinese? = nil) {
            self.code = code
            self.message = message
            self.fix = fix
            self.zh = zh
        }
    }

    private static let dashes: Set<Character> = ["—", "-", "–", "－", "/", "／", "―", "─"]
    private static let prefixWords: [(String, Relation)] = [
        ("不低于", .atLeast), ("不少于", .atLeast), ("大于等于", .atLeast), ("达到", .atLeast), ("至少", .atLeast),
        ("不超过", .atMost), ("不高于", .atMost), ("控制在", .atMost), ("小于等于", .atMost), ("不大于", .atMost),
        ("超过", .above), ("大于", .above), ("高于", .above),
        ("小于", .below), ("低于", .below),
        ("<=", .atMost), (">=", .atLeast), ("≤", .atMost), ("≥", .atLeast), ("<", .below), (">", .above),
        ("＜", .below), ("＞", .above), ("==", .equal), ("=", .equal),
    ]
    private static let suffixWords: [(String, Relation)] = [
        ("及以上", .atLeast), ("以上", .atLeast), ("及以下", .atMost), ("以下", .atMost), ("以内", .atMost),
    ]

    public static func parse(_ raw: String) -> Result<Cell, Problem> {
        let text = Width.halfWidthString(raw).filter { !$0.isWhitespace }
        if text.isEmpty { return .success(.empty) }
        if text == "^" || text == "〃" || text == "\"" { return .success(.ditto) }
        if text.allSatisfy({ dashes.contains($0) }) { return .success(.notApplicable) }
        if !text.contains(where: \.isNumber),
           ["要求", "下达", "目标", "市级", "国家"].contains(where: text.contains) {
            return .success(.deferred(raw.trimmingCharacters(in: .whitespaces)))
        }
        if text.contains("或") {
            var branches: [Branch] = []
            for part in text.components(separatedBy: "或") {
                let pieces = part.components(separatedBy: "且")
                let condition = pieces.count > 1 ? pieces.dropFirst().joined(separator: "且") : nil
                switch parse(pieces[0]) {
                case .success(let cell):
                    if case .anyOf = cell { return .failure(Problem(.nestedCell, message: "alternatives inside alternatives", fix: "write one `或` per alternative")) }
                    branches.append(Branch(cell: cell, condition: condition))
                case .failure(let problem): return .failure(problem)
                }
            }
            return .success(.anyOf(branches))
        }
        if text.hasSuffix(")"), let open = text.firstIndex(of: "("), text[open...].contains(",") {
            let head = String(text[..<open])
            let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
            var parts: [Cell] = []
            for piece in inner.split(separator: ",", omittingEmptySubsequences: false) {
                guard case .success(let cell) = parse(String(piece)) else {
                    return .failure(Problem(.unreadableCell, message: "cannot read the part `\(piece)` of a compound cell",
                                            fix: "write it as `100(100,0)`: the main value, then the parts in brackets"))
                }
                parts.append(cell)
            }
            guard case .success(let main) = parse(head) else {
                return .failure(Problem(.unreadableCell, message: "cannot read `\(head)` before the brackets of a compound cell",
                                        fix: "write it as `100(100,0)`"))
            }
            return .success(.compound(main, parts))
        }
        if let change = yearOnYear(text) { return change }
        if text.hasPrefix("较") { return reduction(text) }
        if text.hasPrefix("退出") || text.hasPrefix("不在") { return rank(text) }
        if let approx = approximately(text) { return approx }
        if let range = between(text) { return .success(range) }
        return bound(text)
    }

    static func bound(_ text: String) -> Result<Cell, Problem> {
        var rest = Substring(text)
        var relation: Relation?
        for (word, r) in prefixWords where rest.hasPrefix(word) {
            relation = r
            rest = rest.dropFirst(word.count)
            break
        }
        for (word, r) in suffixWords where rest.hasSuffix(word) {
            if relation != nil && relation != .atLeast && relation != r {
                return .failure(Problem(.unreadableCell, message: "`\(text)` has two different signs", fix: "keep one, e.g. `≥29`"))
            }
            relation = r
            rest = rest.dropLast(word.count)
            break
        }
        if let fraction = fraction(String(rest)) { return .success(.fraction(relation, fraction)) }
        guard let number = NumberText.parse(String(rest)) else {
            return .failure(Problem(.unreadableCell, message: "cannot read `\(text)` as a target",
                                    fix: "write a number (`29`, `≥29`, `78%`), a fraction (`1/3`, `三分之一`), `4.5左右`, `29~31`, `—`, or `达到市级要求`"))
        }
        return .success(.bound(relation, number.value, percent: number.percent))
    }

    /// `1/3`, `2/3`, `三分之一`, `十分之三`: a fraction; nil for anything else.
    static func fraction(_ text: String) -> Fraction? {
        if let of = text.range(of: "分之") {
            guard let d = chineseNumber(text[..<of.lowerBound]), let n = chineseNumber(text[of.upperBound...]) else { return nil }
            return Fraction(n, d)
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let n = Int(parts[0]), let d = Int(parts[1]) else { return nil }
        return Fraction(n, d)
    }

    /// 一 … 九十九 (and ASCII digits), as fractions in plans print them.
    static func chineseNumber(_ text: Substring) -> Int? {
        if !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) { return Int(text) }
        let digits: [Character: Int] = ["零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        let chars = Array(text)
        switch chars.count {
        case 1: return chars[0] == "十" ? 10 : digits[chars[0]]
        case 2 where chars[0] == "十": return digits[chars[1]].map { 10 + $0 }
        case 2 where chars[1] == "十": return digits[chars[0]].map { $0 * 10 }
        case 3 where chars[1] == "十":
            guard let tens = digits[chars[0]], let ones = digits[chars[2]] else { return nil }
            return tens * 10 + ones
        default: return nil
        }
    }

    static func approximately(_ text: String) -> Result<Cell, Problem>? {
        var body = text
        if body.hasPrefix("约") { body.removeFirst() } else if !body.contains("左右") { return nil }
        var tolerance: Double?
        body = body.replacingOccurrences(of: "+/-", with: "±").replacingOccurrences(of: "+-", with: "±")
        if let pm = body.firstIndex(of: "±") {
            let bandText = String(body[body.index(after: pm)...])
            guard let band = NumberText.parse(bandText), band.value >= 0 else {
                return .failure(Problem(.unreadableCell, message: "cannot read the band in `\(text)`", fix: "write `4.5左右±0.5`"))
            }
            tolerance = band.value
            body = String(body[..<pm])
        }
        body = body.replacingOccurrences(of: "左右", with: "")
        guard let number = NumberText.parse(body) else {
            return .failure(Problem(.unreadableCell, message: "cannot read the number in `\(text)`", fix: "write `4.5左右` or `4.5左右±0.5`"))
        }
        return .success(.approximately(number.value, tolerance: tolerance, percent: number.percent, step: printedStep(body)))
    }

    /// One unit of the last digit a number is printed with: `4.5` → 0.1, `29` → 1, `74.7%` → 0.1.
    static func printedStep(_ text: String) -> Double {
        let digits = text.filter { $0 != "%" && $0 != "％" }
        guard let dot = digits.firstIndex(of: ".") else { return 1 }
        let decimals = digits[digits.index(after: dot)...].prefix { $0.isASCII && $0.isNumber }.count
        return decimals == 0 ? 1 : Double("1e-\(decimals)")!
    }

    static func between(_ text: String) -> Cell? {
        for separator in ["~", "～", "至", "—", "–", "-"] {
            let parts = text.components(separatedBy: separator)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
                  let lo = NumberText.parse(parts[0]), let hi = NumberText.parse(parts[1]), lo.value <= hi.value else { continue }
            return .between(lo.value, hi.value, percent: lo.percent || hi.percent)
        }
        return nil
    }

    /// `较2017年下降30%`, `较2017年减少120`.
    static func reduction(_ text: String) -> Result<Cell, Problem> {
        let problem = Problem(.unreadableCell, message: "cannot read `\(text)` as a reduction", fix: "write `较2017年下降30%` or `较2017年减少120`")
        let body = text.dropFirst()
        let yearDigits = body.prefix { $0.isNumber }
        guard yearDigits.count == 4, let year = Int(yearDigits) else { return .failure(problem) }
        var rest = body.dropFirst(4)
        if rest.hasPrefix("年") { rest = rest.dropFirst() }
        guard let verb = ["下降", "降低", "减少", "削减"].first(where: { rest.hasPrefix($0) }) else { return .failure(problem) }
        rest = rest.dropFirst(verb.count)
        guard let number = NumberText.parse(String(rest)) else { return .failure(problem) }
        return .success(.reduction(baselineYear: year, amount: number.value, relative: number.percent))
    }

    /// `退出后30名`, `退出全市后30名/333`.
    static func rank(_ text: String) -> Result<Cell, Problem> {
        let problem = Problem(.unreadableCell, message: "cannot read `\(text)` as a rank", fix: "write `退出后30名` or `退出后30名/333`")
        guard let after = text.range(of: "后") else { return .failure(problem) }
        let rest = text[after.upperBound...]
        let parts = rest.components(separatedBy: "名")
        guard parts.count == 2, let n = Int(parts[0]), n > 0 else { return .failure(problem) }
        var of: Int?
        if !parts[1].isEmpty {
            guard parts[1].hasPrefix("/"), let m = Int(parts[1].dropFirst()), m >= n else { return .failure(problem) }
            of = m
        }
        return .success(.rank(n, of: of))
    }
}
