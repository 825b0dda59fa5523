import Foundation
import TrackerEvaluation
import TrackerModel
import TrackerRendering
import TrackerTestSupport
import XCTest

/// docs/glossary.md lists every term the renderers print, both languages on one table row.
final class GlossaryTests: XCTestCase {
    func rows() throws -> [String] {
        try Fixtures.read("docs/glossary.md").split(separator: "\n").map(String.init).filter { $0.hasPrefix("|") }
    }

    func assertListed(_ zh: String, _ en: String, _ rows: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(rows.contains { $0.contains(zh) && $0.contains(en) }, "docs/glossary.md lacks \(zh) ↔ \(en)", file: file, line: line)
    }

    func testEveryTermIsInTheGlossary() throws {
        let rows = try rows()
        for term in ReportTerm.allCases { assertListed(term.pair.zh, term.pair.en, rows) }
        for verdict in Verdict.allCases {
            assertListed(ScorecardWording.verdict(verdict, in: .zh), ScorecardWording.verdict(verdict, in: .en), rows)
        }
        for kind in TargetChange.Kind.allCases { assertListed(DiffWording.kind(kind, in: .zh), kind.rawValue, rows) }
        for cause in VerdictFlip.Cause.allCases { assertListed(DiffWording.cause(cause, in: .zh), cause.rawValue, rows) }
        for kind in IndicatorKind.allCases { assertListed(IndicatorWording.kind(kind), kind.rawValue, rows) }
        for polarity in [Polarity.lowerIsBetter, .higherIsBetter] { assertListed(IndicatorWording.polarity(polarity), polarity.rawValue, rows) }
    }
}
