/// The breakpoint tables of HJ 633—2012 and HJ 633—2026, exactly as docs/air-quality.md §5.
/// µg/m³ except CO (mg/m³). 2026 tightens PM2.5 (IAQI 100 at 60) and PM10 (IAQI 100 at 120).
extension BreakpointTable {
    private static let steps: [Double] = [0, 50, 100, 150, 200, 300, 400, 500]

    private static func table(_ concentrations: [Double]) -> BreakpointTable {
        BreakpointTable(Array(zip(concentrations, steps)).map { (concentration: $0.0, index: $0.1) })
    }

    private static let so2 = table([0, 50, 150, 475, 800, 1600, 2100, 2620])
    private static let no2 = table([0, 40, 80, 180, 280, 565, 750, 940])
    private static let co = table([0, 2, 4, 14, 24, 36, 48, 60])
    // O3 8-h stops at IAQI 300 (800 µg/m³); above it each version has its own special case.
    private static let o3EightHour = table([0, 100, 160, 215, 265, 800])

    static let hj633_2012: [IndexItem: BreakpointTable] = [
        .so2: so2,
        .no2: no2,
        .pm10: table([0, 50, 150, 250, 350, 420, 500, 600]),
        .co: co,
        .o3OneHour: table([0, 160, 200, 300, 400, 800, 1000, 1200]),
        .o3EightHour: o3EightHour,
        .pm25: table([0, 35, 75, 115, 150, 250, 350, 500]),
    ]

    static let hj633_2026: [IndexItem: BreakpointTable] = [
        .so2: so2,
        .no2: no2,
        .pm10: table([0, 50, 120, 250, 350, 420, 500, 600]),
        .co: co,
        .o3EightHour: o3EightHour,
        .pm25: table([0, 35, 60, 115, 150, 250, 350, 500]),
    ]
}
