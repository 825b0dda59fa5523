import Foundation
import TrackerInput
import TrackerModel

/// The hourly files of a run sorted by how they are read: files of the national daily layout
/// (known by their header, or empty with a national name such as `beijing_all_20161230.csv`)
/// grouped by the day their name carries, days in date order; every other file on its own.
///
/// ```swift
/// let inputs = InputFiles(["2016/beijing_extra_20160101.csv", "2016/beijing_all_20160101.csv", "guanyuan.csv"])
/// inputs.tabular.map(\.path)          // ["guanyuan.csv"]
/// inputs.days.first?.map(\.path)      // both 2016-01-01 files, in the order given
/// ```
struct InputFiles {
    typealias File = (index: Int, path: String)
    /// Files read by `HourlyReader` (UCI, long), with their index among the files given.
    var tabular: [File] = []
    /// National files, one group per day.
    var days: [[File]] = []

    init(_ paths: [String]) {
        var byDay: [CalendarDay: [File]] = [:]
        var undated: [[File]] = []
        for (index, path) in paths.enumerated() {
            let sniff = NationalDayFile.sniff(URL(fileURLWithPath: path))
            let national = sniff == .national || (sniff == .empty && NationalDayFile.isNationalName(path))
            guard national else {
                tabular.append((index, path))
                continue
            }
            if let day = NationalDayFile.day(ofName: path) {
                byDay[day, default: []].append((index, path))
            } else {
                undated.append([(index, path)])
            }
        }
        days = byDay.keys.sorted().map { byDay[$0]! } + undated
    }

    /// The file names of a day group, as problems name them.
    static func reading(_ group: [File]) -> [(url: URL, name: String)] {
        group.map { (URL(fileURLWithPath: $0.path), $0.path) }
    }
}
