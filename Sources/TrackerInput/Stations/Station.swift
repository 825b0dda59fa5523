import TrackerModel

/// One monitoring station of a station list: the id the hourly files use, its Chinese name, and
/// the street and district it belongs to (names as the scope catalog prints them).
///
/// ```swift
/// let guanyuan = list["Guanyuan"]!
/// guanyuan.nameZh     // "官园"
/// guanyuan.district   // "西城区"
/// guanyuan.street     // nil: not assigned to a street
/// ```
public struct Station: Hashable, Sendable {
    /// As spelt in the hourly files' `station` column.
    public var id: String
    public var nameZh: String
    /// The street's printed name (aliases resolved), or nil when the list leaves it empty.
    public var street: String?
    /// The district's printed name (aliases resolved).
    public var district: String
    /// The row it was read from.
    public var source: SourceLocation

    public init(id: String, nameZh: String, street: String?, district: String, source: SourceLocation) {
        self.id = id
        self.nameZh = nameZh
        self.street = street
        self.district = district
        self.source = source
    }

    /// The areas the station counts for: its street (if any) and its district.
    public var areas: [String] { [street, district].compactMap { $0 } }
}
