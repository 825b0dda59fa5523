import TrackerModel

/// One monitoring station of a station list: the id the hourly files use, its Chinese name, its
/// national code, the street and district it belongs to (names as the scope catalog prints them)
/// and its kind (assessment, traffic, background).
///
/// ```swift
/// let guanyuan = list["Guanyuan"]!
/// guanyuan.nameZh     // "官园"
/// guanyuan.district   // "西城区"
/// guanyuan.street     // nil: not assigned to a street
/// guanyuan.kind       // .urban (the default when the list has no type column)
/// ```
public struct Station: Hashable, Sendable {
    /// As spelt in the hourly files' `station` column.
    public var id: String
    public var nameZh: String
    /// The street's printed name (aliases resolved), or nil when the list leaves it empty.
    public var street: String?
    /// The district's printed name (aliases resolved).
    public var district: String
    /// Further districts the station counts for, e.g. 亦庄: 大兴区 and 北京经济技术开发区
    /// (written `大兴区(北京经济技术开发区)` in the list).
    public var alsoDistricts: [String]
    /// The national station code (e.g. `1006A`), the column name of `china_sites_*` files.
    public var code: String?
    /// Other spellings hourly files use for the station (e.g. `guanyuan_aq`).
    public var otherIDs: [String]
    public var kind: StationKind
    /// The row it was read from.
    public var source: SourceLocation

    public init(id: String, nameZh: String, street: String?, district: String, alsoDistricts: [String] = [],
                code: String? = nil, otherIDs: [String] = [], kind: StationKind = .urban, source: SourceLocation) {
        self.id = id
        self.nameZh = nameZh
        self.street = street
        self.district = district
        self.alsoDistricts = alsoDistricts
        self.code = code
        self.otherIDs = otherIDs
        self.kind = kind
        self.source = source
    }

    /// The areas the station counts for: its street (if any) and its districts.
    public var areas: [String] { [street, district].compactMap { $0 } + alsoDistricts }

    /// Every name hourly files may use for it: id, Chinese name, national code, other ids.
    public var spellings: [String] {
        ([id, nameZh] + (code.map { [$0] } ?? []) + otherIDs).filter { !$0.isEmpty }
    }
}
