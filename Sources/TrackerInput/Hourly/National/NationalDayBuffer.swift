import TrackerModel

/// One day's (or a few days') values of the national files while its files are read: per
/// station and hour the six pollutants, which hours had a row of which pollutant, and the
/// platform's `P_24h` values to cross-check. Emptied into the sink station by station.
///
/// Dense arrays, not dictionaries per cell: an hour is given a slot when its first row comes,
/// a station a slot when its first value comes, and each station's values are one array of
/// hour slots × 6 pollutants — a year of Beijing is 4 million cells.
///
/// ```swift
/// var buffer = NationalDayBuffer()
/// let hour = buffer.hourRow(date: d, hour: 0, pollutant: .pm25, file: 0, line: 2)   // a slot: first PM2.5 row of 00:00
/// buffer.store(station: 3, hourSlot: hour!, pollutant: .pm25, value: 200)
/// buffer.emit(into: &sink, summaries: &summaries, limit: 1000)
/// ```
struct NationalDayBuffer {
    private static let width = Pollutant.allCases.count
    /// Hour key (day ordinal × 24 + hour) → slot.
    private var hourSlot: [Int: Int] = [:]
    private var hourKeys: [Int] = []
    private var hourMasks: [UInt8] = []
    private var hourOrigins: [(file: Int, line: Int)] = []
    /// Sink station number → station slot (-1: none yet).
    private var stationSlot: [Int] = []
    private var stations: [Int] = []
    /// Per station slot: hour slots × 6 values, NaN where missing.
    private var values: [[Double]] = []
    private var reported: [(station: Int, day: Int, pollutant: Pollutant, value: NationalReported, file: Int, name: String)] = []

    /// Marks a row of `pollutant` at this hour and returns the hour's slot; nil when the hour
    /// already had one (a duplicate).
    mutating func hourRow(date: CalendarDay, hour: Int, pollutant: Pollutant, file: Int, line: Int) -> Int? {
        let key = date.ordinal * 24 + hour
        let slot: Int
        if let known = hourSlot[key] {
            slot = known
        } else {
            slot = hourKeys.count
            hourSlot[key] = slot
            hourKeys.append(key)
            hourMasks.append(0)
            hourOrigins.append((file, line))
        }
        let bit = UInt8(1) << UInt8(pollutant.index)
        guard hourMasks[slot] & bit == 0 else { return nil }
        hourMasks[slot] |= bit
        return slot
    }

    mutating func store(station: Int, hourSlot hour: Int, pollutant: Pollutant, value: Double) {
        if station >= stationSlot.count { stationSlot += repeatElement(-1, count: station + 1 - stationSlot.count) }
        var slot = stationSlot[station]
        if slot < 0 {
            slot = stations.count
            stationSlot[station] = slot
            stations.append(station)
            values.append([])
        }
        let needed = (hour + 1) * Self.width
        if values[slot].count < needed { values[slot] += repeatElement(.nan, count: needed - values[slot].count) }
        values[slot][hour * Self.width + pollutant.index] = value
    }

    mutating func reported(station: Int, date: CalendarDay, pollutant: Pollutant, value: NationalReported, file: Int, name: String) {
        reported.append((station, date.ordinal, pollutant, value, file, name))
    }

    private func value(station slot: Int, key: Int, pollutant: Int) -> Double {
        guard let hour = hourSlot[key] else { return .nan }
        let index = hour * Self.width + pollutant
        return index < values[slot].count ? values[slot][index] : .nan
    }

    /// Compares each `P_24h` value at hour 23 with the mean of the day's 24 hourly values where
    /// all 24 are valid; counts go to the summary of the file that gave the `_24h` row. A value
    /// disagrees when it is more than one unit of its last digit from the mean.
    func crossCheck(into summaries: inout [HourlyReadSummary]) {
        for entry in reported {
            guard entry.station < stationSlot.count, stationSlot[entry.station] >= 0 else { continue }
            let slot = stationSlot[entry.station]
            var sum = 0.0
            var count = 0
            for hour in 0..<24 {
                let v = value(station: slot, key: entry.day * 24 + hour, pollutant: entry.pollutant.index)
                guard v.isFinite else { break }
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
        let order = hourKeys.indices.sorted { hourKeys[$0] < hourKeys[$1] }
        var row = [Double](repeating: .nan, count: Self.width)
        for slot in stations.indices.sorted(by: { stations[$0] < stations[$1] }) {
            let station = stations[slot]
            for hourSlot in order {
                let key = hourKeys[hourSlot]
                let base = hourSlot * Self.width
                for p in 0..<Self.width { row[p] = base + p < values[slot].count ? values[slot][base + p] : .nan }
                let date = CalendarDay(ordinal: key >= 0 ? key / 24 : (key - 23) / 24)
                let hour = key - date.ordinal * 24
                let stored = row.withUnsafeBufferPointer { sink.record(station: station, date: date, hour: hour, values: $0) }
                if !stored {
                    let origin = hourOrigins[hourSlot]
                    summaries[origin.file].duplicateHours += 1
                    summaries[origin.file].report(HourlyProblem(.duplicateHour, file: summaries[origin.file].file, line: origin.line, column: nil,
                        message: "station-hour \(date) hour \(hour) was already read from another file; the first is kept — remove the duplicate"),
                        limit: limit)
                }
            }
        }
    }
}
