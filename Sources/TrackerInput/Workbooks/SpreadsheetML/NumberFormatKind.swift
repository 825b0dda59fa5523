/// What a cell's number format does to its value, as far as reading it back as text needs: a
/// date (and which of year, month and day it shows), a time, a percentage, text, or a plain
/// number. Built-in formats are known by id (14–22 dates and times; 27–36 and 50–58 the East
/// Asian dates Excel uses on Chinese systems, such as `yyyy"年"m"月"`); custom ones are read
/// from their code.
///
/// ```swift
/// NumberFormatKind(id: 14, code: nil)              // .date(year: true, month: true, day: true)
/// NumberFormatKind(id: 164, code: "yyyy-mm")       // .date(year: true, month: true, day: false)
/// NumberFormatKind(id: 165, code: "[h]:mm")        // .time
/// NumberFormatKind(id: 166, code: "0.0%")          // .percent
/// ```
enum NumberFormatKind: Hashable, Sendable {
    case general
    case date(year: Bool, month: Bool, day: Bool)
    case time
    case percent
    case text

    init(id: Int, code: String?) {
        if let code {
            self = NumberFormatKind(code: code)
            return
        }
        switch id {
        case 9, 10: self = .percent
        case 14, 15, 22, 30, 31: self = .date(year: true, month: true, day: true)
        case 16, 28, 29, 51, 53, 54, 58: self = .date(year: false, month: true, day: true)
        case 17, 27, 36, 50, 52, 57: self = .date(year: true, month: true, day: false)
        case 18...21, 32...35, 45...47, 55, 56: self = .time
        case 49: self = .text
        default: self = .general
        }
    }

    /// Classifies a format code by its first section, ignoring quoted text, escaped and
    /// padding characters and bracketed colours or locales (`[Red]`, `[$-804]`, `[DBNum1]`).
    init(code: String) {
        var letters = ""
        var elapsed = false
        var iterator = code.makeIterator()
        scan: while let c = iterator.next() {
            switch c {
            case ";": break scan
            case "\"": while let q = iterator.next(), q != "\"" {}
            case "\\", "_", "*": _ = iterator.next()
            case "[":
                var inside = ""
                while let b = iterator.next(), b != "]" { inside.append(b) }
                // `[h]`, `[mm]`, `[ss]` are elapsed-time fields.
                if let first = inside.lowercased().first, "hms".contains(first), inside.lowercased().allSatisfy({ $0 == first }) { elapsed = true }
            default: letters.append(contentsOf: c.lowercased())
            }
        }
        if letters == "general" || letters.isEmpty { self = elapsed ? .time : .general; return }
        let year = letters.contains("y") || letters.contains("e")
        let day = letters.contains("d")
        let clock = elapsed || letters.contains("h") || letters.contains("s")
        let month = letters.contains("m") && (year || day || !clock)
        if year || day || month {
            self = .date(year: year, month: month, day: day)
        } else if clock {
            self = .time
        } else if letters.contains("%") {
            self = .percent
        } else if letters.contains("@") && !letters.contains("0") && !letters.contains("#") {
            self = .text
        } else {
            self = .general
        }
    }
}
