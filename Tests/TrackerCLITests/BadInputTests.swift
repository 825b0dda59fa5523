import Foundation
import TrackerInput
import XCTest
@testable import TrackerCLI
import TrackerTestSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bad-input corpus (Tests/Fixtures/bad-input, listed in its README.md): each case is run
/// through the real command, and its exact standard error (the sibling `.expected` file) and exit
/// code are asserted; every input file is byte-identical afterwards. The 100 MB lines are
/// generated into a temporary directory, never committed. Last, the output of a run killed with
/// SIGKILL: the previous file stays intact.
final class BadInputTests: XCTestCase {
    static let corpus = "Tests/Fixtures/bad-input"
    static let plan = "\(corpus)/targets/plan.targets"
    static let catalog = "\(corpus)/targets/scopes.catalog"
    static let stations = "\(corpus)/hourly/stations.csv"

    /// Runs `tracker ARGUMENTS` in this process; paths in the output are shown relative to the
    /// repository (and `TMP/` for `temporary`). Asserts that `inputs` (repository paths, or
    /// absolute) are byte-identical afterwards.
    func run(_ arguments: [String], inputs: [String], temporary: URL? = nil,
             file: StaticString = #filePath, line: UInt = #line) -> CommandOutcome {
        let paths = inputs.map { $0.hasPrefix("/") ? $0 : Fixtures.path($0) }
        let before = paths.map { FileManager.default.contents(atPath: $0) }
        XCTAssertFalse(before.contains(nil), "an input is missing: \(paths)", file: file, line: line)
        let outcome = TrackerCommand.run(arguments)
        for (path, bytes) in zip(paths, before) {
            XCTAssertEqual(FileManager.default.contents(atPath: path), bytes, "\(path) was modified", file: file, line: line)
        }
        func clean(_ text: String) -> String {
            // The temporary folder first: $TMPDIR may lie inside the repository.
            var text = text
            if let temporary { text = text.replacingOccurrences(of: temporary.path + "/", with: "TMP/") }
            return Fixtures.relative(text)
        }
        return CommandOutcome(code: outcome.code, out: clean(outcome.out), err: clean(outcome.err))
    }

    func expected(_ name: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do { return try Fixtures.read("\(Self.corpus)/\(name).expected") } catch {
            XCTFail("missing \(Self.corpus)/\(name).expected", file: file, line: line)
            return ""
        }
    }

    /// `tracker evaluate --targets plan.targets --data FILE`: the measurement and workbook cases.
    @discardableResult
    func evaluate(_ name: String, _ data: String, code: Int32, extra: [String] = [],
                  file: StaticString = #filePath, line: UInt = #line) -> CommandOutcome {
        let path = "\(Self.corpus)/\(data)"
        let result = run(["evaluate", "--targets", Fixtures.path(Self.plan), "--data", Fixtures.path(path)] + extra,
                         inputs: [path, Self.plan, Self.catalog], file: file, line: line)
        XCTAssertEqual(result.err, expected(name, file: file, line: line), file: file, line: line)
        XCTAssertEqual(result.code, code, result.err, file: file, line: line)
        return result
    }

    /// `tracker aggregate --targets DIR --stations stations.csv FILE`: the hourly cases.
    @discardableResult
    func aggregate(_ name: String, code: Int32, file: StaticString = #filePath, line: UInt = #line) -> CommandOutcome {
        let path = "\(Self.corpus)/\(name).csv"
        let result = run(["aggregate", "--targets", Fixtures.path("\(Self.corpus)/targets"), "--stations", Fixtures.path(Self.stations),
                          Fixtures.path(path)], inputs: [path, Self.stations, Self.catalog], file: file, line: line)
        XCTAssertEqual(result.err, expected(name, file: file, line: line), file: file, line: line)
        XCTAssertEqual(result.code, code, result.err, file: file, line: line)
        return result
    }

    /// `tracker targets check FILE…`: the target-file cases.
    func check(_ name: String, _ files: [String], code: Int32, summary: String,
               file: StaticString = #filePath, line: UInt = #line) {
        let paths = files.map { "\(Self.corpus)/targets/\($0)" }
        let result = run(["targets", "check"] + paths.map(Fixtures.path), inputs: paths + [Self.catalog], file: file, line: line)
        XCTAssertEqual(result.err, expected(name, file: file, line: line), file: file, line: line)
        XCTAssertEqual(result.out, summary, file: file, line: line)
        XCTAssertEqual(result.code, code, file: file, line: line)
    }

    /// A corpus file with some bytes replaced, in a temporary directory: its well-formed twin.
    func twin(of relative: String, replacing old: [UInt8], with new: [UInt8], in directory: URL) throws -> String {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixtures.path(relative))))
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if i + old.count <= bytes.count, Array(bytes[i..<(i + old.count)]) == old {
                out += new
                i += old.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        let url = directory.appendingPathComponent((relative as NSString).lastPathComponent)
        try Data(out).write(to: url)
        return url.path
    }

    /// Every case, by its `.expected` file; each has its test below. A fixture missing from this
    /// list (or from the README) fails `testEveryFixtureHasATestAndALineInTheReadme`.
    static let cases: Set<String> = [
        "measurements/truncated-mid-row", "measurements/truncated-mid-quote", "measurements/unterminated-quote",
        "measurements/nul-bytes", "measurements/invalid-utf8", "measurements/mixed-encodings", "measurements/ragged-rows",
        "measurements/duplicate-headers", "measurements/bom-in-middle", "measurements/cr-only-line-ends",
        "measurements/number-1e400", "measurements/number-nan", "measurements/negative-zero",
        "measurements/negative-concentration", "measurements/arabic-indic-digit", "measurements/month-13",
        "measurements/serial-mid-month", "measurements/title-markers-totals",
        "workbooks/not-a-zip",
        "hourly/date-2025-02-30", "hourly/hour-24", "hourly/station-not-in-list", "hourly/cr-only-line-ends",
        "hourly/national-cut-short", "hourly/national-odd-rows", "hourly/utc-co-without-unit",
        "targets/includes-itself", "targets/include-cycle", "targets/deferral-cycle", "targets/cr-only-line-ends",
    ]

    func testEveryFixtureHasATestAndALineInTheReadme() throws {
        let root = Fixtures.path(Self.corpus)
        let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        let expectedFiles = Set(files.filter { $0.hasSuffix(".expected") }.map { String($0.dropLast(".expected".count)) })
        XCTAssertEqual(expectedFiles, Self.cases)
        let readme = try Fixtures.read("\(Self.corpus)/README.md")
        for name in Self.cases { XCTAssertTrue(readme.contains("`\(name)"), "README.md does not list \(name)") }
    }

    // MARK: measurement files (tracker evaluate)

    func testTruncatedMidRow() { evaluate("measurements/truncated-mid-row", "measurements/truncated-mid-row.csv", code: 65) }

    func testTruncatedMidQuotedField() { evaluate("measurements/truncated-mid-quote", "measurements/truncated-mid-quote.csv", code: 65) }

    func testUnterminatedQuote() { evaluate("measurements/unterminated-quote", "measurements/unterminated-quote.csv", code: 65) }

    func testNULBytes() { evaluate("measurements/nul-bytes", "measurements/nul-bytes.csv", code: 65) }

    func testInvalidUTF8() { evaluate("measurements/invalid-utf8", "measurements/invalid-utf8.csv", code: 65) }

    func testUTF8AndGB18030InOneFile() { evaluate("measurements/mixed-encodings", "measurements/mixed-encodings.csv", code: 65) }

    func testRaggedRows() { evaluate("measurements/ragged-rows", "measurements/ragged-rows.csv", code: 65) }

    func testDuplicateHeaders() { evaluate("measurements/duplicate-headers", "measurements/duplicate-headers.csv", code: 65) }

    func testByteOrderMarkInTheMiddleIsDroppedWithAWarning() throws {
        let result = evaluate("measurements/bom-in-middle", "measurements/bom-in-middle.csv", code: 0, extra: ["--format", "csv"])
        let dir = try temporaryFolder("bad-input")
        let clean = try twin(of: "\(Self.corpus)/measurements/bom-in-middle.csv", replacing: [0xEF, 0xBB, 0xBF], with: [], in: dir)
        let reference = run(["evaluate", "--targets", Fixtures.path(Self.plan), "--data", clean, "--format", "csv"], inputs: [clean])
        XCTAssertEqual(reference.err, "")
        XCTAssertEqual(result.out, reference.out, "read as if the mark were not there")
    }

    func testCROnlyLineEndsReadLikeLF() throws {
        let result = evaluate("measurements/cr-only-line-ends", "measurements/cr-only-line-ends.csv", code: 0, extra: ["--format", "csv"])
        let dir = try temporaryFolder("bad-input")
        let lf = try twin(of: "\(Self.corpus)/measurements/cr-only-line-ends.csv", replacing: [0x0D], with: [0x0A], in: dir)
        let reference = run(["evaluate", "--targets", Fixtures.path(Self.plan), "--data", lf, "--format", "csv"], inputs: [lf])
        XCTAssertEqual(reference.code, 0, reference.err)
        XCTAssertEqual(result.out, reference.out)
        XCTAssertTrue(result.out.contains("2025-02,西城区,district,pm25_annual_mean,PM2.5年均浓度,44.3,44.3,"), result.out)
    }

    func testNumberBeyondDouble() { evaluate("measurements/number-1e400", "measurements/number-1e400.csv", code: 65) }

    func testNaN() { evaluate("measurements/number-nan", "measurements/number-nan.csv", code: 65) }

    func testMinusZeroIsAValidZero() {
        let result = evaluate("measurements/negative-zero", "measurements/negative-zero.csv", code: 0, extra: ["--format", "csv"])
        XCTAssertTrue(result.out.contains(",西城区,district,pm25_annual_mean,PM2.5年均浓度,0.0,0.0,<=,"), result.out)
    }

    func testNegativeConcentration() { evaluate("measurements/negative-concentration", "measurements/negative-concentration.csv", code: 65) }

    func testArabicIndicDigit() { evaluate("measurements/arabic-indic-digit", "measurements/arabic-indic-digit.csv", code: 65) }

    func testMonth13() { evaluate("measurements/month-13", "measurements/month-13.csv", code: 65) }

    func testExcelSerialOnAnotherDayThanTheFirst() {
        evaluate("measurements/serial-mid-month", "measurements/serial-mid-month.csv", code: 65)
    }

    func testTitleRowMarkersAndTotalsRowsInGB18030() {
        let result = evaluate("measurements/title-markers-totals", "measurements/title-markers-totals.csv", code: 0, extra: ["--format", "csv"])
        XCTAssertTrue(result.out.contains(",西城区,district,pm25_annual_mean,PM2.5年均浓度,48.2,"), result.out)
    }

    func testWorkbookThatIsNotAZip() { evaluate("workbooks/not-a-zip", "workbooks/not-a-zip.xlsx", code: 65) }

    // MARK: hourly files (tracker aggregate)

    func testHourlyDateThatDoesNotExist() { aggregate("hourly/date-2025-02-30", code: 0) }

    func testHour24() { aggregate("hourly/hour-24", code: 0) }

    func testStationInTheDataButNotInTheList() { aggregate("hourly/station-not-in-list", code: 0) }

    func testNationalDailyFileInGB18030CutInItsLastRow() { aggregate("hourly/national-cut-short", code: 0) }

    func testNationalDailyFileWithOddRows() { aggregate("hourly/national-odd-rows", code: 0) }

    /// One error, and no "station has no hourly rows" warning for each station of the list.
    func testUTCFileWhoseCODeclaresNoUnitIsOneError() { aggregate("hourly/utc-co-without-unit", code: 65) }

    func testHourlyCROnlyLineEndsReadLikeLF() throws {
        let result = aggregate("hourly/cr-only-line-ends", code: 0)
        let dir = try temporaryFolder("bad-input")
        let lf = try twin(of: "\(Self.corpus)/hourly/cr-only-line-ends.csv", replacing: [0x0D], with: [0x0A], in: dir)
        let reference = run(["aggregate", "--targets", Fixtures.path("\(Self.corpus)/targets"), "--stations", Fixtures.path(Self.stations), lf],
                            inputs: [lf], temporary: dir)
        XCTAssertEqual(reference.err, "TMP/cr-only-line-ends.csv: 48 rows, 48 stored, 0 rejected; values: 0 missing, 0 negative, 0 malformed; 0 duplicate hours\n")
        XCTAssertEqual(result.out, reference.out)
        // 北京市 (the corpus catalog's city has only these two districts, so the list covers it), 西城区, 东城区.
        XCTAssertEqual(result.out.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, 1 + 3 * 4, result.out)
    }

    // MARK: target files (tracker targets check)

    func testTargetFileThatIncludesItself() {
        check("targets/includes-itself", ["includes-itself.targets"], code: 65,
              summary: "1 files, 1 plans, 0 targets (includes-itself-2025 0); 1 errors, 0 warnings\n")
    }

    func testTwoTargetFilesThatIncludeEachOther() {
        check("targets/include-cycle", ["include-cycle-a.targets"], code: 65,
              summary: "2 files, 2 plans, 0 targets (include-cycle-a-2025 0, include-cycle-b-2025 0); 1 errors, 0 warnings\n")
    }

    func testTargetFileWithCROnlyLineEndsReadsLikeLF() {
        check("targets/cr-only-line-ends", ["cr-only-line-ends.targets"], code: 0,
              summary: "1 files, 1 plans, 4 targets (bad-input-2025 4); 0 errors, 0 warnings\n")
        let cr = run(["targets", "list", Fixtures.path("\(Self.corpus)/targets/cr-only-line-ends.targets"), "--format", "csv"], inputs: [])
        let lf = run(["targets", "list", Fixtures.path(Self.plan), "--format", "csv"], inputs: [])
        XCTAssertEqual(cr.out, lf.out)
        XCTAssertEqual(cr.out.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, 1 + 4)
    }

    func testPlansThatDeferToEachOtherTerminateAndNameTheLoop() {
        check("targets/deferral-cycle", ["deferral-cycle-a.targets", "deferral-cycle-b.targets"], code: 65,
              summary: "2 files, 2 plans, 4 targets (deferral-cycle-a-2025 2, deferral-cycle-b-2025 2); 1 errors, 2 warnings\n")
    }

    // MARK: a 100 MB line, generated

    static let hundredMB = 100 << 20

    /// Writes `head`, `count` digits on one line, then `tail`, a megabyte at a time.
    func writeLongLine(to url: URL, head: String, count: Int, tail: String) throws {
        FileManager.default.createFile(atPath: url.path, contents: Data(head.utf8))
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        let megabyte = Data(repeating: UInt8(ascii: "4"), count: 1 << 20)
        var left = count
        while left > 0 {
            let n = min(left, megabyte.count)
            try handle.write(contentsOf: n == megabyte.count ? megabyte : megabyte.prefix(n))
            left -= n
        }
        try handle.write(contentsOf: Data(tail.utf8))
    }

    func testAHundredMegabyteLineInAMeasurementFileIsRefusedQuickly() throws {
        let dir = try temporaryFolder("bad-input")
        let data = dir.appendingPathComponent("long-line.csv")
        try writeLongLine(to: data, head: "period,scope,indicator,value,valid_days\n2025-01,西城区,pm25_annual_mean,48.2,31\n2025-02,西城区,pm25_annual_mean,",
                          count: Self.hundredMB, tail: ",28\n2025-03,西城区,pm25_annual_mean,40,31\n")
        let arguments = ["evaluate", "--targets", Fixtures.path(Self.plan), "--data", data.path]
        let result = run(arguments, inputs: [data.path], temporary: dir)
        XCTAssertEqual(result.code, 65)
        XCTAssertEqual(result.err, """
            TMP/long-line.csv:3:1: error: the line is 104857638 bytes long, more than the 1 MiB a line may have, so the file is not read; check that this is the file meant: a line this long comes from a binary file or from an export that lost its line ends
            1 problem in the data; nothing was evaluated. Fix it, or pass --lenient to skip the bad rows (each is listed).

            """)
        // Memory, measured on the real binary: the file's bytes, not several copies of them.
        if let child = try ChildRun(TrackerCommand.executable?.path, arguments), let peak = child.peakResidentMB {
            XCTAssertEqual(child.status, 65)
            XCTAssertLessThan(peak, 250, "about the file's 100 MB and the program")
        }
    }

    func testAHundredMegabyteLineInAnHourlyFileIsOneRejectedRow() throws {
        let dir = try temporaryFolder("bad-input")
        let hourly = dir.appendingPathComponent("long-line.csv")
        var head = "station,time,PM2.5,PM10,SO2,NO2,CO(mg/m³),O3\n"
        for hour in 0..<24 { head += "Guanyuan,2025-02-27T\(hour < 10 ? "0" : "")\(hour):00,30,60,5,40,0.8,50\n" }
        head += "Guanyuan,2025-02-28T00:00,"
        var tail = ",60,5,40,0.8,50\n"
        for hour in 1..<24 { tail += "Guanyuan,2025-02-28T\(hour < 10 ? "0" : "")\(hour):00,30,60,5,40,0.8,50\n" }
        try writeLongLine(to: hourly, head: head, count: Self.hundredMB, tail: tail)
        let arguments = ["aggregate", "--targets", Fixtures.path("\(Self.corpus)/targets"), "--stations", Fixtures.path(Self.stations), hourly.path]
        let result = run(arguments, inputs: [hourly.path, Self.stations], temporary: dir)
        XCTAssertEqual(result.code, 0)
        XCTAssertEqual(result.err, """
            TMP/long-line.csv:26:1: warning: the line is 104857641 bytes long, more than the 1 MiB a row may have, and is not read; check the file where it was exported: its line ends may be lost
            Tests/Fixtures/bad-input/hourly/stations.csv:3:1: warning: station `Dongsi` has no hourly rows in the period read; check its spelling against the hourly files' `station` column; it still counts among its areas' stations
            TMP/long-line.csv: 48 rows, 47 stored, 1 rejected; values: 0 missing, 0 negative, 0 malformed; 0 duplicate hours

            """)
        XCTAssertTrue(result.out.hasPrefix("period,scope,indicator,value,valid_days,unit,flag,note\r\n2025-02,北京市,pm25_annual_mean,"), result.out)
        XCTAssertTrue(result.out.contains("\r\n2025-02,西城区,pm25_annual_mean,"), result.out)
        // Memory, measured on the real binary: streamed, the line is counted, not kept.
        if let child = try ChildRun(TrackerCommand.executable?.path, arguments), let peak = child.peakResidentMB {
            XCTAssertEqual(child.status, 0)
            XCTAssertLessThan(peak, 100, "a few chunks of a megabyte, not the line")
        }
    }

    // MARK: the hourly reader on the same inputs, at every chunk boundary

    /// Reads hourly text `chunkSize` bytes at a time: the rows stored per station-day and the problems.
    func readHourly(_ text: String, chunkSize: Int) -> (days: [String], summary: HourlyReadSummary) {
        var days = StationDayAccumulator()
        let summary = HourlyReader(chunkSize: chunkSize).read(data: Data(text.utf8), name: "h.csv", into: &days)
        let listed = days.stations.flatMap { station in days.days(of: station).map { "\(station) \($0.date)" } }
        return (listed, summary)
    }

    func testCRLineEndsAreLineEndsWhereverTheChunksAreCut() {
        let lf = "station,time,PM2.5,PM10,SO2,NO2,CO(mg/m³),O3,note\n\"Guanyuan\",2025-02-27T00:00,30,60,5,40,0.8,50,\"two\nlines\"\n"
            + "Guanyuan,2025-02-27T01:00,x,60,5,40,0.8,50,\n\nDongsi,2025-02-27T24:00,30,60,5,40,0.8,50,\nDongsi,2025-02-27T02:00,1,2,3,4,0.5,6,\n"
        let reference = readHourly(lf, chunkSize: 1 << 16)
        XCTAssertEqual(reference.summary.rowsStored, 3)
        XCTAssertEqual(reference.summary.problems.map(\.description), [
            "h.csv:4:3: PM2.5 value \"x\" is not a number; write a number, or NA or an empty field for a missing hour",
            "h.csv:6:2: time \"2025-02-27T24:00\" not usable; the date or hour does not exist; hours run 00–23",
        ])
        for ends in ["\r", "\r\n"] {
            let text = lf.replacingOccurrences(of: "\n", with: ends)
            for size in 1...40 {
                let read = readHourly(text, chunkSize: size)
                XCTAssertEqual(read.days, reference.days, "\(ends.debugDescription), chunk \(size)")
                XCTAssertEqual(read.summary, reference.summary, "\(ends.debugDescription), chunk \(size)")
            }
        }
    }

    func testAnOverlongHourlyRowIsCountedNotKeptEvenWithQuotesAndCommas() {
        let header = "station,time,PM2.5,PM10,SO2,NO2,CO(mg/m³),O3\n"
        // 3 MiB of one row: commas, and a quoted field holding a line break, past the 1 MiB kept.
        let long = "Guanyuan,2025-02-27T00:00," + String(repeating: "1,", count: 1 << 20) + "\"a\nb\"" + String(repeating: "9", count: 1 << 20)
        let text = header + long + "\nGuanyuan,2025-02-27T01:00,30,60,5,40,0.8,50\n"
        let read = readHourly(text, chunkSize: 1 << 16)
        XCTAssertEqual(read.summary.rowsRead, 2)
        XCTAssertEqual(read.summary.rowsStored, 1)
        XCTAssertEqual(read.summary.problems.map(\.description), [
            "h.csv:2: the line is \(long.utf8.count) bytes long, more than the 1 MiB a row may have, and is not read; check the file where it was exported: its line ends may be lost",
        ])
        XCTAssertEqual(read.days, ["Guanyuan 2025-02-27"])
    }

    func testTheLineLimitCountsLinesAsTheTokenizerDoes() {
        let rows = String(repeating: "2025-01,西城区,pm25_annual_mean,48.2,31\n", count: 40_000)   // 1.6 MB of short lines
        for ends in ["\n", "\r", "\r\n"] {
            let text = rows.replacingOccurrences(of: "\n", with: ends)
            XCTAssertNotNil(try? TextDecoding.decode(Data(text.utf8), file: "m.csv").get(), ends.debugDescription)
            let long = "a\(ends)b\(ends)" + String(repeating: "x", count: TextDecoding.longestLine + 1) + ends + text
            XCTAssertEqual(TextDecoding.decode(Data(long.utf8), file: "m.csv").failure?.location?.description, "m.csv:3:1", ends.debugDescription)
        }
    }

    // MARK: no data lost: a run killed while writing its output

    func testAKilledRunLeavesThePreviousOutputIntact() throws {
        guard let tracker = TrackerCommand.executable?.path else { throw XCTSkip("the tracker binary is not built beside the tests") }
        let dir = try temporaryFolder("bad-input")
        // 1900-01 … 2100-12 × 5 scopes × 3 indicators: about 1.5 s for a debug build. `--year` keeps
        // the rows outside the plan year (counted, not errors).
        var rows = "period,scope,indicator,value,valid_days\n"
        for year in 1900...2100 {
            for month in 1...12 {
                let period = "\(year)-\(month < 10 ? "0" : "")\(month)"
                for scope in ["北京市", "西城区", "东城区", "德胜街道", "什刹海街道"] {
                    rows += "\(period),\(scope),pm25_annual_mean,\(30 + (year + month) % 20).5,28\n"
                    rows += "\(period),\(scope),good_day_ratio,\(60 + (year * month) % 30),28\n"
                    rows += "\(period),\(scope),dustfall_monthly_mean,\(3 + month % 3).\(year % 10),\n"
                }
            }
        }
        let data = dir.appendingPathComponent("big.csv")
        try Data(rows.utf8).write(to: data)
        let output = dir.appendingPathComponent("card.csv")
        let previous = Data("the previous scorecard, which a killed run must leave as it is\n".utf8)
        let arguments = ["evaluate", "--targets", Fixtures.path(Self.plan), "--year", "2025", "--data", data.path,
                         "--format", "csv", "--output", output.path]
        func others() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0 != "big.csv" && $0 != "card.csv" }.sorted()
        }

        // The whole run, for its time and its output.
        let started = Date()
        guard let whole = try ChildRun(tracker, arguments) else { throw XCTSkip("cannot start \(tracker)") }
        let duration = Date().timeIntervalSince(started)
        XCTAssertEqual(whole.status, 0, whole.errors)
        let complete = try Data(contentsOf: output)
        XCTAssertTrue(complete.starts(with: [0xEF, 0xBB, 0xBF] + Array("plan,as_of,scope".utf8)))
        XCTAssertEqual(try others(), [])

        // Killed at points through the run, and once as soon as its temporary file appears.
        var killedMidWrite = false
        // As if an earlier run had been killed mid-write: its temporary stays through kills that land
        // before the next run writes. (Left to timing, this happened now and then and made the test flaky.)
        let earlier = try ChildRun(start: tracker, ["--help"])
        _ = earlier.kill()
        try Data("half a scoreca".utf8).write(to: dir.appendingPathComponent(".card.csv.\(earlier.pid).tmp"))
        var killedTemporaries: Set<String> = [".card.csv.\(earlier.pid).tmp"]
        for fraction in [0.2, 0.6, 0.9, -1] {
            try previous.write(to: output)
            let child = try ChildRun(start: tracker, arguments)
            let temporary = dir.appendingPathComponent(".card.csv.\(child.pid).tmp").path
            if fraction >= 0 {
                usleep(useconds_t(duration * fraction * 1_000_000))
            } else {
                let deadline = Date().addingTimeInterval(duration * 3 + 5)
                while access(temporary, F_OK) != 0, Date() < deadline, !child.hasExited() { usleep(200) }
            }
            let killed = child.kill()
            let content = try Data(contentsOf: output)
            if killed {
                // Killed before the rename: the old file; just after it: the new one. Never a mix.
                XCTAssertTrue(content == previous || content == complete, "killed at \(fraction): output damaged (\(content.count) bytes)")
                // A kill mid-write leaves its own `.card.csv.PID.tmp` (a dot file), nothing else. One
                // left by an earlier killed run stays until a later run gets as far as writing.
                killedTemporaries.insert(".card.csv.\(child.pid).tmp")
                let left = try others()
                XCTAssertTrue(Set(left).isSubset(of: killedTemporaries), "killed at \(fraction): \(left)")
                if left.contains(".card.csv.\(child.pid).tmp") { killedMidWrite = true }
            } else {
                XCTAssertEqual(child.status, 0, "finished before the kill at \(fraction)")
                XCTAssertEqual(content, complete)
            }
        }
        // A temporary left by a killed run (real above, or planted as one would be) is removed
        // by the next run of the same output, once its process is gone.
        let dead = try ChildRun(start: tracker, ["--help"])
        _ = dead.kill()
        try Data("half a scoreca".utf8).write(to: dir.appendingPathComponent(".card.csv.\(dead.pid).tmp"))
        try Data("someone else's".utf8).write(to: dir.appendingPathComponent(".other.csv.\(dead.pid).tmp"))
        guard let again = try ChildRun(tracker, arguments) else { throw XCTSkip("cannot start \(tracker)") }
        XCTAssertEqual(again.status, 0, again.errors)
        XCTAssertEqual(try Data(contentsOf: output), complete)
        XCTAssertEqual(try others(), [".other.csv.\(dead.pid).tmp"], "stale temporaries of card.csv removed, other files kept")
        XCTAssertEqual(try Data(contentsOf: data), Data(rows.utf8), "the input is never modified")
        if !killedMidWrite { print("note: no kill landed between the temporary file and the rename this time") }
    }
}

private func sendKill(_ pid: pid_t) { _ = kill(pid, SIGKILL) }

/// The real binary as a child process, with its exit status and (on Linux) its peak memory, its
/// standard output discarded and standard error kept. The peak is the child's own `VmHWM`,
/// sampled while it runs: `wait4`'s `ru_maxrss` would carry this test process's high-water mark,
/// whose address space a `posix_spawn`ed child shares until it executes.
final class ChildRun {
    let pid: pid_t
    private let errorsFile: String
    private(set) var status: Int32 = -1
    /// The highest `VmHWM` seen (Linux), in MB; nil where it cannot be read.
    private(set) var peakResidentMB: Double?
    private var reaped = false

    /// Runs to the end; nil when there is no binary.
    convenience init?(_ path: String?, _ arguments: [String]) throws {
        guard let path else { return nil }
        try self.init(start: path, arguments)
        while !hasExited() {
            sample()
            usleep(2000)
        }
    }

    /// Reads the child's high-water mark of resident memory from /proc (Linux only).
    func sample() {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kB = Double(line.dropFirst("VmHWM:".count).trimmingCharacters(in: .whitespaces).dropLast(3).trimmingCharacters(in: .whitespaces))
        else { return }
        peakResidentMB = max(peakResidentMB ?? 0, kB / 1024)
    }

    init(start path: String, _ arguments: [String]) throws {
        errorsFile = FileManager.default.temporaryDirectory.appendingPathComponent("child-\(UUID().uuidString).err").path
        #if canImport(Glibc)
        var actions = posix_spawn_file_actions_t()
        #else
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorsFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let result = posix_spawn(&child, path, &actions, nil, argv, environ)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL) }
        pid = child
    }

    deinit {
        if !reaped { _ = kill() }
        try? FileManager.default.removeItem(atPath: errorsFile)
    }

    var errors: String { (try? String(contentsOfFile: errorsFile, encoding: .utf8)) ?? "" }

    func wait() {
        guard !reaped else { return }
        var raw: Int32 = 0
        while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
        reaped = true
        status = raw & 0x7F == 0 ? (raw >> 8) & 0xFF : -(raw & 0x7F)
    }

    /// Whether it ended by itself (then reaped).
    func hasExited() -> Bool {
        guard !reaped else { return true }
        var raw: Int32 = 0
        guard waitpid(pid, &raw, WNOHANG) == pid else { return false }
        reaped = true
        status = raw & 0x7F == 0 ? (raw >> 8) & 0xFF : -(raw & 0x7F)
        return true
    }

    /// SIGKILL, then reaped; true when the signal ended it (false: it had finished already).
    func kill() -> Bool {
        if hasExited() { return false }
        sendKill(pid)
        wait()
        return status == -SIGKILL
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
