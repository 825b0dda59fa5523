import TrackerKit

/// The hourly-data options `evaluate`, `report` and `rank` share (`--hourly FILE … --stations FILE
/// [--standard S] [--exclude FILE] [--include-traffic] [--include-background]`), read into the
/// library's `HourlySource`, which `DataSources` aggregates the one way for every command.
///
/// ```swift
/// let hourly = try HourlyOptions.source(parsed)   // nil without --hourly
/// ```
enum HourlyOptions {
    static let options: [ArgumentSpec.Option] = [
        .many("--hourly"), .value("--stations"), .flag("--include-traffic"), .flag("--include-background"),
        .choice("--standard", StandardOption.self), .value("--exclude"),
    ]

    /// The hourly files (folders expanded) and their station list, standard, exclusions and
    /// station kinds; nil without `--hourly`.
    static func source(_ parsed: ParsedArguments) throws(UsageError) -> HourlySource? {
        var hourlyFiles = parsed.all("--hourly")
        guard !hourlyFiles.isEmpty else { return nil }
        do throws(RunFailure) { hourlyFiles = try HourlyFiles.expand(hourlyFiles) } catch {
            guard case .usage(let problem) = error else { throw UsageError("\(error)", zh: "\(error)") }
            throw Wording.usage(problem)
        }
        guard let stations = parsed.value("--stations") else {
            throw UsageError("`--hourly` needs `--stations FILE`: the list mapping stations to streets and districts",
                             zh: "`--hourly` 需要 `--stations FILE`：站点列表给出各站点所属的街道和区")
        }
        return HourlySource(files: hourlyFiles, stations: stations,
                            standard: (parsed.choice("--standard", StandardOption.self) ?? .auto).standard,
                            exclusions: parsed.value("--exclude"),
                            stationKinds: StationKinds(includeTraffic: parsed.has("--include-traffic"),
                                                       includeBackground: parsed.has("--include-background")))
    }
}
