/// The stable name of one kind of problem: a letter for the kind of input it is found in
/// (`DiagnosticCode.Area`) and a number, e.g. `M112`. A code never changes its meaning once
/// released, so scripts and people can search for it (docs/diagnostics.md lists every code with
/// its fix); the same problem reported from two places has one code. What each code means is in
/// `DiagnosticCode+Catalog.swift`.
///
/// ```swift
/// let code = DiagnosticCode.measurementUnknownScope
/// code.description   // "M112"
/// code.area          // .measurements
/// code.summary       // "the scope is not in the scope catalog"
/// DiagnosticCode("M112") == code   // true
/// ```
public enum DiagnosticCode: String, CaseIterable, Hashable, Sendable, Comparable, CustomStringConvertible {
    // T: target files (block documents, plans, tables, cells) and loading them.
    case targetPathMissing = "T101"
    case catalogNotFound = "T102"
    case duplicatePlanID = "T103"
    case includeLoop = "T104"
    case sectionHeaderNotClosed = "T110"
    case textBeforeFirstSection = "T111"
    case unreadableLine = "T112"
    case noPlanSection = "T120"
    case secondPlanSection = "T121"
    case targetUnknownSection = "T122"
    case targetUnknownKey = "T123"
    case targetMissingKey = "T124"
    case targetEmptyValue = "T125"
    case planWithoutID = "T126"
    case badPlanYear = "T127"
    case badTolerance = "T128"
    case columnsWithoutIndicator = "T130"
    case headerUnitMismatch = "T131"
    case tableRowCellCount = "T132"
    case missingSeedLine = "T133"
    case dittoWithoutCellAbove = "T134"
    case emptyCell = "T135"
    case targetUnknownScope = "T136"
    case targetUnknownIndicator = "T137"
    case badSeedLine = "T138"
    case badDeadline = "T139"
    case badPeriod = "T140"
    case badComparison = "T141"
    case ownTargetOverridesInherited = "T142"
    case unreadableCell = "T150"
    case nestedCell = "T151"
    case cellPartsMismatch = "T152"
    case cellPartNotInCatalog = "T153"
    case percentForNonPercentIndicator = "T154"
    case targetOutsideRange = "T155"
    case approximateWithoutBand = "T156"
    case cellWithoutValue = "T157"
    case unreadableYearOnYear = "T158"
    case yearOnYearNotPercent = "T159"
    case yearOnYearForIndicatorKind = "T160"

    // C: catalogs (indicators.catalog, scopes.catalog).
    case indicatorRedefined = "C101"
    case indicatorNameClash = "C102"
    case catalogUnknownSection = "C103"
    case catalogPartNotDefined = "C104"
    case badIndicatorID = "C105"
    case catalogUnknownKey = "C106"
    case catalogMissingKey = "C107"
    case catalogUnknownUnit = "C108"
    case badPolarity = "C109"
    case unknownIndicatorKind = "C110"
    case badPrecision = "C111"
    case badRange = "C112"
    case badBaseline = "C113"
    case scopesWithoutColumns = "C120"
    case scopeRowCellCount = "C121"
    case unknownScopeLevel = "C122"
    case scopeNameTaken = "C123"
    case unknownParentScope = "C124"

    // M: measurement files (CSV or a workbook's sheet).
    case measurementsEmpty = "M101"
    case measurementsHeaderOnly = "M102"
    case noHeaderRow = "M103"
    case repeatedColumn = "M104"
    case singleColumnHeader = "M105"
    case unknownLayout = "M106"
    case missingColumn = "M107"
    case unknownColumn = "M108"
    case unitColumnInWideLayout = "M109"
    case measurementUnknownIndicator = "M110"
    case measurementUnknownUnit = "M111"
    case measurementUnknownScope = "M112"
    case unitNotConvertible = "M113"
    case rowFieldCount = "M114"
    case valueWithoutColumn = "M115"
    case emptyPeriod = "M117"
    case emptyScope = "M118"
    case emptyIndicator = "M119"
    case dateInsteadOfMonth = "M120"
    case unreadablePeriod = "M121"
    case periodOutsidePlan = "M122"
    case numberTooLarge = "M123"
    case missingValueMarker = "M124"
    case infiniteValue = "M125"
    case otherScriptDigits = "M126"
    case notANumber = "M127"
    case percentForNonPercentUnit = "M128"
    case valueOutsideRange = "M129"
    case dayCountNotWhole = "M130"
    case dayCountNegative = "M131"
    case dayCountTooLarge = "M132"
    case excludedDaysInWideLayout = "M133"
    case valueWithExcludedAlone = "M134"
    case excludedDaysAlone = "M135"
    case unknownFlag = "M136"
    case conflictingDuplicate = "M137"
    case repeatedRow = "M138"
    case rowsOfUnknownIndicators = "M139"
    case notesRowsSkipped = "M140"
    case cellsWithoutValue = "M141"
    case excelSerialPeriod = "M142"
    case rowsAboveHeader = "M143"
    case headerRowEmpty = "M144"
    case dayRatioFormed = "M145"
    case dayRatioWithoutValidDays = "M146"
    case unitRowBelowHeader = "M147"
    case dayCountExceedsValidDays = "M148"

    // H: hourly station files and their aggregation.
    case noHourlyFiles = "H101"
    case hourlyHeaderUnrecognised = "H102"
    case hourlyUnitMissing = "H103"
    case hourlyUnitUnknown = "H104"
    case hourlyRowMalformed = "H105"
    case hourlyTimeInvalid = "H106"
    case hourlyValueMalformed = "H107"
    case hourlyValueNegative = "H108"
    case hourlyDuplicateHour = "H109"
    case flagExcludesNothing = "H110"
    case unlistedStation = "H111"
    case moreProblemsNotListed = "H112"
    case hourlyFileEmpty = "H113"
    case hourlyDerivedDisagrees = "H114"
    case hourlyFileCutShort = "H115"
    case hourlyTimeZoneUnknown = "H116"

    // S: station lists.
    case stationListEmpty = "S101"
    case stationListHeader = "S102"
    case stationListWithoutStations = "S103"
    case stationRowFieldCount = "S104"
    case stationIDEmpty = "S105"
    case stationListedTwice = "S106"
    case stationDistrictEmpty = "S107"
    case streetOutsideDistrict = "S108"
    case stationUnknownScope = "S109"
    case stationScopeWrongLevel = "S110"
    case stationWithoutHourlyRows = "S111"
    case stationTypeUnknown = "S112"
    case stationsOutsideAreas = "S113"

    // X: exclusion lists.
    case exclusionListEmpty = "X101"
    case exclusionListHeader = "X102"
    case exclusionRowWithoutDate = "X103"
    case exclusionNotADate = "X104"
    case exclusionListedTwice = "X105"

    // W: workbooks (.xlsx) and files given as one.
    case notAWorkbook = "W101"
    case legacyXLS = "W102"
    case encryptedWorkbook = "W103"
    case binaryWorkbook = "W104"
    case openDocument = "W105"
    case notASpreadsheet = "W106"
    case damagedWorkbook = "W107"
    case unsupportedCompression = "W108"
    case workbookPartTooLarge = "W109"
    case missingWorkbookPart = "W110"
    case noWorksheets = "W111"
    case noSuchSheet = "W112"
    case notAWorksheet = "W113"
    case noMatchingSheet = "W114"
    case tooManyCells = "W115"
    case sheetTooWide = "W116"
    case formulaWithoutResult = "W117"

    // E: reading files as text (encodings, CSV syntax).
    case fileUnreadable = "E101"
    case lineTooLong = "E102"
    case nulByte = "E103"
    case notUTF8 = "E104"
    case unknownEncoding = "E105"
    case mixedEncodings = "E106"
    case damagedUTF8 = "E107"
    case forcedEncodingMismatch = "E108"
    case strayByteOrderMark = "E109"
    case unclosedQuote = "E110"

    // L: checks across a set of target files.
    case deferLoop = "L101"
    case fullerRequirementUsed = "L102"
    case conflictingTargets = "L103"
    case looserThanDistrict = "L104"
    case deferredWithoutHigherTarget = "L105"
    case deferredTargetsUnresolved = "L106"
    case lookAlikeIndicators = "L107"

    // R: requests made to the library.
    case unknownPlan = "R101"
    case badMonth = "R102"

    /// The kind of input a code's problems are found in: the code's letter.
    public enum Area: Character, CaseIterable, Hashable, Sendable {
        case targets = "T", catalogs = "C", measurements = "M", hourly = "H", stations = "S"
        case exclusions = "X", workbooks = "W", text = "E", lint = "L", requests = "R"
    }

    /// The code as written: `"M112"`; nil when no code is written so.
    public init?(_ text: String) { self.init(rawValue: text) }

    public var area: Area { Area(rawValue: rawValue.first!)! }
    /// The code's number within its area, e.g. 112 for `M112`.
    public var number: Int { Int(rawValue.dropFirst())! }
    public var description: String { rawValue }

    public static func < (a: DiagnosticCode, b: DiagnosticCode) -> Bool { a.rawValue < b.rawValue }
}
