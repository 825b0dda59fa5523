import AirQuality
import TrackerInput
import TrackerModel

/// One worker's sink: stores hours into open station-day grids and, as soon as a day has all
/// 24 hours, reduces it (`StationDayReduction`) and adds it to its areas' sums — the grid is
/// freed at once, which is what keeps memory flat on national inputs. Days still open at the
/// end (missing rows, or cut by a part boundary) are merged across workers and reduced then.
///
/// ```swift
/// var collector = StationDayCollector(context: context)
/// reader.read(file, part: part, into: &collector)
/// collector.areaSums          // exact sums per area-day
/// ```
struct StationDayCollector: HourlyRowSink {
    let context: AggregationContext
    /// This collector's station numbers → the station list's index, or -1 for an unlisted one.
    private(set) var listed: [Int] = []
    private(set) var names: [String] = []
    /// Rows of stations that are not in the list, by name.
    private(set) var unlistedRows: [String: Int] = [:]
    /// Where each of those was first met: the work item (file part), the line within it (shifted
    /// to the file's lines once all parts are read, as for flags) and the field.
    private(set) var unlistedFirstSeen: [String: (item: Int, line: Int, field: Int)] = [:]
    private(set) var open = OpenDays()
    /// Per listed station: the ordinals of days already complete (later rows are duplicates).
    private(set) var done: [DayBitmap]
    private(set) var areaSums = AreaDaySums()
    private(set) var stationDays: [StationDayRecord] = []
    /// Row flags by day (`flag` column), the first text and where it was seen: the work item
    /// (file part) and the line within it, shifted to the file's lines once all parts are read.
    private(set) var flags: [Int: (text: String, item: Int, line: Int)] = [:]
    var currentItem = 0
    /// Per listed station, the day and slot of its last row: rows of one station-day usually
    /// follow each other (or come once per hour for every station), so most rows skip the hash.
    private var lastDay: [Int]
    private var lastSlot: [Int]
    private var lastDate: CalendarDay?
    private var lastOrdinal = 0
    private(set) var peakOpen = 0

    init(context: AggregationContext) {
        self.context = context
        let n = context.stations.stations.count
        done = Array(repeating: DayBitmap(), count: n)
        lastDay = Array(repeating: .min, count: n)
        lastSlot = Array(repeating: -1, count: n)
    }

    mutating func stationNumber(for name: String) -> Int {
        names.append(name)
        listed.append(context.station(named: name) ?? -1)
        return names.count - 1
    }

    mutating func stationNumber(for name: String, line: Int, field: Int) -> Int {
        let number = stationNumber(for: name)
        if listed[number] < 0, unlistedFirstSeen[name] == nil { unlistedFirstSeen[name] = (currentItem, line, field) }
        return number
    }

    mutating func record(station: Int, date: CalendarDay, hour: Int, values: UnsafeBufferPointer<Double>) -> Bool {
        let s = listed[station]
        guard s >= 0 else {
            unlistedRows[names[station], default: 0] += 1
            return true
        }
        let day = ordinal(of: date)
        guard day >= context.firstDay, day <= context.lastDay else { return true }
        var slot = lastDay[s] == day ? lastSlot[s] : -1
        if slot < 0 {
            if let existing = open.existing(station: s, day: day) {
                slot = existing
            } else {
                if done[s].contains(day) { return false }
                slot = open.slot(station: s, day: day)
                peakOpen = max(peakOpen, open.count)
            }
            lastDay[s] = day
            lastSlot[s] = slot
        }
        guard open.store(slot: slot, hour: hour, values: values) else { return false }
        if open.masks[slot] == OpenDays.fullMask {
            reduce(slot: slot, from: open)
            open.release(slot)
            done[s].insert(day)
            lastDay[s] = .min
        }
        return true
    }

    mutating func flag(_ text: String, station: Int, date: CalendarDay, line: Int) {
        let day = ordinal(of: date)
        if flags[day] == nil { flags[day] = (text, currentItem, line) }
    }

    /// Reduces a grid (of this collector or a merged one) into the area sums and station days.
    mutating func reduce(slot: Int, from days: OpenDays) {
        let (station, day) = days.owners[slot]
        let reduction = days.withGrid(slot) { StationDayReduction(grid: $0) }
        for area in context.layout.stationAreas[station] {
            areaSums.add(area: area, day: day, station: reduction)
        }
        if context.stationRows[station] {
            let calendarDay = CalendarDay(ordinal: day)
            let assessment = DailyAssessment(values: reduction.dailyValues(on: calendarDay),
                                             version: context.choice.version(for: calendarDay))
            stationDays.append(StationDayRecord(station: Int32(station), day: Int32(day),
                                                pm25: reduction.mean(.pm25) ?? .nan,
                                                aqi: assessment.aqi.value.map { Int16($0) } ?? -1))
        }
    }

    private mutating func ordinal(of date: CalendarDay) -> Int {
        if date == lastDate { return lastOrdinal }
        lastDate = date
        lastOrdinal = date.ordinal
        return lastOrdinal
    }

    // MARK: merging workers

    /// Takes in another worker's results. Returns false when the two saw the same station-day
    /// in a way only a sequential read can settle (a complete day in both, or the same hour in
    /// both): the caller then reads everything again on one core, where the first row wins.
    mutating func merge(_ other: StationDayCollector) -> Bool {
        for (s, days) in other.done.enumerated() where !days.isDisjoint(with: done[s]) { return false }
        for slot in other.open.openSlots {
            let (s, day) = other.open.owners[slot]
            if done[s].contains(day) { return false }
            if let mine = open.existing(station: s, day: day), open.masks[mine] & other.open.masks[slot] != 0 { return false }
        }
        for slot in open.openSlots {
            let (s, day) = open.owners[slot]
            if other.done[s].contains(day) { return false }
        }
        for slot in other.open.openSlots {
            let (s, day) = other.open.owners[slot]
            let mine = open.slot(station: s, day: day)
            open.merge(slot: mine, from: other.open, otherSlot: slot)
        }
        for (s, days) in other.done.enumerated() { done[s].formUnion(days) }
        areaSums.merge(other.areaSums)
        stationDays += other.stationDays
        for (name, rows) in other.unlistedRows { unlistedRows[name, default: 0] += rows }
        for (name, seen) in other.unlistedFirstSeen {
            if let mine = unlistedFirstSeen[name], (mine.item, mine.line) < (seen.item, seen.line) { continue }
            unlistedFirstSeen[name] = seen
        }
        for (day, flag) in other.flags {
            if let mine = flags[day], (mine.item, mine.line) < (flag.item, flag.line) { continue }
            flags[day] = flag
        }
        peakOpen = max(peakOpen, other.peakOpen)
        return true
    }

    /// Reduces the days still open (incomplete days: fewer than 24 rows).
    mutating func closeOpenDays() {
        let days = open
        for slot in days.openSlots {
            reduce(slot: slot, from: days)
            let (s, day) = days.owners[slot]
            done[s].insert(day)
            open.release(slot)
        }
    }
}
