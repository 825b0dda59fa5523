import Foundation
import TrackerKit

/// The bundled indicator catalog and scope hierarchy, read once. Only the catalogs are kept: the
/// loaded plans hold `Comparator` values whose indirect-enum boxes are referenced through tagged
/// pointers, which LeakSanitizer cannot follow (it would report them as leaks at exit).
public enum BundledCatalogs {
    public static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    public static let (indicators, scopes): (IndicatorCatalog, ScopeDirectory) = {
        let set = TargetLoader.load(paths: [repository.appendingPathComponent("Targets").path]).set
        return (set.indicators, set.scopes)
    }()
}
