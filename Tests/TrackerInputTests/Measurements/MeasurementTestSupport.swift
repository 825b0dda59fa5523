import Foundation
import TrackerInput
import TrackerModel
import TrackerTestSupport

/// The real catalogs (loaded once from `Targets/`) and the measurement fixtures.
enum MeasurementTestSupport {
    static let targets: TargetSet = TargetLoader.load(paths: [Fixtures.targets]).set

    static func fixture(_ name: String) -> String { Fixtures.path("Tests/Fixtures/measurements/" + name) }

    /// Reads text (UTF-8) as a measurement file named `name`.
    static func read(_ text: String, file: String = "m.csv", lenient: Bool = false,
                     period: Period? = nil) -> (set: MeasurementSet, diagnostics: [Diagnostic]) {
        MeasurementReader.read(Data(text.utf8), file: file, indicators: targets.indicators, scopes: targets.scopes,
                               lenient: lenient, period: period)
    }

    /// Reads a fixture's bytes under its bare name, so diagnostics read `bad.csv:3:5: …`.
    static func readFixture(_ name: String, lenient: Bool = false,
                            period: Period? = nil) throws -> (set: MeasurementSet, diagnostics: [Diagnostic]) {
        let data = try Data(contentsOf: URL(fileURLWithPath: fixture(name)))
        return MeasurementReader.read(data, file: name, indicators: targets.indicators, scopes: targets.scopes,
                                      lenient: lenient, period: period)
    }
}
