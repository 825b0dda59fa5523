import Foundation

/// Whether two paths name one file (after `..`, `.` and symbolic links): an output must never
/// overwrite an input, and an input given twice is refused.
///
/// ```swift
/// SameFile.isOneOf("./Samples/../Samples/a.csv", ["Samples/a.csv"])   // true
/// ```
public enum SameFile {
    public static func isOneOf(_ path: String, _ others: [String]) -> Bool {
        let target = canonical(path)
        return others.contains { canonical($0) == target }
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
