import TrackerModel

/// One day's (or a few days') values of the national files while its files are read: per
/// station and hour the six pollutants, which hours had a row of which pollutant, and the
/// platform's `P_24h` values to cross-check. Emptied into the sink station by station.
///
/// ```swift
/// var buffer = NationalDayBuffer()
/// buffer.hourRow(date: d, hour: 0, pollutant: .pm25, file: 0, line: 2)   // true: first PM2.5 row of 00:00
/// buffer.store(station: 3, date: d, hour: 0, pollutant: .pm25, value: 200)
/// buffer.emit(into: &sink, summaries: &summaries, limit: 1000)
/// ```
struct NationalDayBuffer {
    /// Hour key: day ordinal × 24 + hour.
    private var hourRows: [Int: (mask: UInt8, file: Int, line: Int)] = [:]
    /// Station → hour key → six values (NaN missing).
    private var values: [Int: [Int: [Double]]] = [:]
    private var reported: [(station: Int, day: Int, pollutant: Pollutant, value: NationalReported, file: Int, name: String)] = []

    private static func key(_ date: CalendarDay, _ hour: Int) -> Int { date.ordinal * 24 + hour }

    /// Marks a row of `pollutant` at this hour; false when the hour already had one (a duplicate).
    mutating func hourRow(date: CalendarDay, hour: Int, pollutant: Pollutant, file: Int, line: Int) -> Bool {
        let key = Self.key(date, hour)
        let bit = UInt8(1) << UInt8(pollutant.index)
        var entry = hourRows[key] ?? (0, file, line)
        guard entry.mask & bit == 0 else { return false }
        entry.mask |= bit
        hourRows[key] = entry
        return true
    }

    mutating func store(station: Int, date: CalendarDay, hour: Int, pollutant: Pollutant, value: Double) {
        let key = Self.key(date, hour)
        values[station, default: [:]][key, default: [Double](repeating: .nan, count: Pollutant.allCases.count)][pollutant.index] = value
    }

    mutating func reported(station: Int, date: CalendarDay, pollutant: Pollutant, value: NationalReported, file: Int, name: String) {
        reported.append((station, date.ordinal, pollutant, value, file, name))
    }

    /// Compares each `P_24h` value at hour 23 with the mean of the day's 24 hourly values where
    /// all 24 are valid; counts go to the summary of the file that gave the `_24h` row. A value
    /// disagrees when it is more than one unit of its last digit from the mean.
    func crossCheck(into summaries: inout [HourlyReadSummary]) {
        for entry in reported {
            guard let hours = values[entry.station] else { continue }
            var sum = 0.0
            var count = 0
            for hour in 0..<24 {
                guard let v = hours[entry.day * 24 + hour]?[entry.pollutant.index], v.isFinite else { break }
                sum += v
                count += 1
            }
            guard count == 24 else { continue }
            let mean = sum / 24
            summaries[entry.file].derivedChecked += 1
            if abs(mean - entry.value.value) > entry.value.lastDigit + 1e-9 {
                summaries[entry.file].derivedDisagreements += 1
                if summaries[entry.file].firstDisagreement == nil {
                    summaries[entry.file].firstDisagreement = "\(entry.name) \(entry.pollutant.rawValue) on \(CalendarDay(ordinal: entry.day)): "
                        + "\(NumberFormat.fixed(mean, 2)) from the hours, \(entry.value.text) in \(entry.pollutant.rawValue)_24h"
                }
            }
        }
    }

    /// Hands every station-hour that had a row to the sink, station by station, hours in order,
    /// so that each station-day arrives whole. A station-hour the sink already had (from another
    /// day's files) is reported as a duplicate in the file whose row brought the hour.
    func emit<Sink: HourlyRowSink>(into sink: inout Sink, summaries: inout [HourlyReadSummary], limit: Int) {
        let hours = hourRows.keys.sorted()
        var row = [Double](repeating: .nan, count: Pollutant.allCases.count)
        let empty = row
        for station in values.keys.sorted() {
            let stationValues = values[station]!
            for key in hours {
                row = stationValues[key] ?? empty
                let date = CalendarDay(ordinal: key >= 0 ? key / 24 : (key - 23) / 24)
                let hour = key - date.ordinal * 24
                let stored = row.withUnsafeBufferPointer { sink.record(station: station, date: date, hour: hour, values: $0) }
                if !stored, let origin = hourRows[key] {
                    summaries[origin.file].duplicateHours += 1
                    summaries[origin.file].report(HourlyProblem(.duplicateHour, file: summaries[origin.file].file, line: origin.line, column: nil,
                        message: "station-hour \(date) hour \(hour) was already read from another file; the first is kept — remove the duplicate"),
                        limit: limit)
                }
            }
        }
    }
}
