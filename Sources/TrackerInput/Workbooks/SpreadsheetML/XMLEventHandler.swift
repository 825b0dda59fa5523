/// What a part reader does with the events of Foundation's SAX parser: element starts (local
/// names, attributes keyed by local name), ends and text. Setting `done` stops the parse early
/// (after a sheet's first row, after `</sheetData>`).
///
/// ```swift
/// final class Counter: XMLEventHandler {
///     var cells = 0, done = false
///     func start(_ name: String, _ attributes: [String: String]) { if name == "c" { cells += 1 } }
///     func end(_ name: String) { if name == "sheetData" { done = true } }
///     func text(_ text: String) {}
/// }
/// ```
protocol XMLEventHandler: AnyObject {
    func start(_ name: String, _ attributes: [String: String])
    func end(_ name: String)
    func text(_ text: String)
    var done: Bool { get }
}
