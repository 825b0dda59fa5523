import TrackerModel

extension HourlyProblem.Kind {
    /// The diagnostic code of this kind of hourly problem, for the `Diagnostic` it becomes.
    /// An unreadable file is the problem every reader reports alike, so it shares their code.
    ///
    /// ```swift
    /// HourlyProblem.Kind.negativeValue.code   // .hourlyValueNegative, written H108
    /// ```
    public var code: DiagnosticCode {
        switch self {
        case .unreadableFile, .unreadableDayFile: .fileUnreadable
        case .unrecognisedHeader: .hourlyHeaderUnrecognised
        case .missingUnit: .hourlyUnitMissing
        case .unknownUnit: .hourlyUnitUnknown
        case .malformedRow: .hourlyRowMalformed
        case .invalidTime: .hourlyTimeInvalid
        case .malformedValue: .hourlyValueMalformed
        case .negativeValue: .hourlyValueNegative
        case .duplicateHour: .hourlyDuplicateHour
        case .emptyFile: .hourlyFileEmpty
        case .cutShort: .hourlyFileCutShort
        case .unknownTimeZone: .hourlyTimeZoneUnknown
        }
    }
}
