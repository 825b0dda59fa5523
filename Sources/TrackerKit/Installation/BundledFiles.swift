import Foundation

/// Where the bundled target files and the default sample lie: the folder that holds `Targets/`
/// and `Samples/` for a `tracker` wherever it was started from.
///
/// Looked for in this order, first match wins:
/// 1. `TRACKER_TARGETS` (a target folder; its parent is the bundle root when it holds `Samples/`);
/// 2. `<executable>/../share/tracker` — where `Scripts/install` puts them;
/// 3. the checkout the executable was built in (`<checkout>/.build/…/tracker`, the checkout holding
///    `Package.swift` and `Targets/`), so `swift run tracker` works from any folder;
/// 4. the current folder.
/// `--targets` overrides all of them (the command line decides that; it never calls this then).
///
/// ```swift
/// let bundle = BundledFiles.locate()
/// bundle.targets          // "Targets" in a checkout, "/home/me/.local/share/tracker/Targets" when installed
/// bundle.defaultSample    // "Samples/xicheng-2025-synthetic.csv" in a checkout
/// ```
public struct BundledFiles: Hashable, Sendable {
    /// Where the bundle was found, for `tracker --version` and for messages.
    public enum Origin: String, Hashable, Sendable {
        case environment, installed, checkout, currentFolder
    }

    /// The bundle's root folder (holds `Targets/` and, except for `TRACKER_TARGETS`, `Samples/`).
    public var root: String
    /// The target folder to load when `--targets` is not given.
    public var targets: String
    public var origin: Origin

    public init(root: String, targets: String, origin: Origin) {
        self.root = root
        self.targets = targets
        self.origin = origin
    }

    /// The plan the bare `tracker` evaluates, and its sample data.
    public static let defaultPlan = "xicheng-2025"
    public var defaultSample: String { Self.join(root, "Samples/xicheng-2025-synthetic.csv") }

    /// The environment variable that names a target folder instead of the bundled one.
    public static let environmentVariable = "TRACKER_TARGETS"

    /// Finds the bundle for this process. Paths inside the current folder are given relative to
    /// it, so that messages and goldens read `Targets/…` in a checkout.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: String? = Bundle.main.executableURL?.resolvingSymlinksInPath().path,
                              currentFolder: String = FileManager.default.currentDirectoryPath,
                              fileManager: FileManager = .default) -> BundledFiles {
        func isFolder(_ path: String) -> Bool {
            var folder: ObjCBool = false
            return fileManager.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
        }
        func bundle(root: String, targets: String, origin: Origin) -> BundledFiles {
            BundledFiles(root: relative(root, to: currentFolder), targets: relative(targets, to: currentFolder), origin: origin)
        }
        if let named = environment[environmentVariable], !named.isEmpty {
            let absolute = named.hasPrefix("/") ? named : join(currentFolder, named)
            let parent = (absolute as NSString).deletingLastPathComponent
            return bundle(root: parent, targets: absolute, origin: .environment)
        }
        if let executable {
            let binFolder = (executable as NSString).deletingLastPathComponent
            let share = join((binFolder as NSString).deletingLastPathComponent, "share/tracker")
            if isFolder(join(share, "Targets")) { return bundle(root: share, targets: join(share, "Targets"), origin: .installed) }
            // A build in a checkout: the executable lies under `<checkout>/.build/`.
            var folder = binFolder
            while folder != "/" && !folder.isEmpty {
                if (folder as NSString).lastPathComponent == ".build" {
                    let checkout = (folder as NSString).deletingLastPathComponent
                    if fileManager.fileExists(atPath: join(checkout, "Package.swift")) && isFolder(join(checkout, "Targets")) {
                        return bundle(root: checkout, targets: join(checkout, "Targets"), origin: .checkout)
                    }
                }
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        return BundledFiles(root: ".", targets: "Targets", origin: .currentFolder)
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder == "." ? name : (folder.hasSuffix("/") ? folder + name : folder + "/" + name)
    }

    /// `path` relative to `folder` when it lies inside it (`/repo/Targets` in `/repo` → `Targets`;
    /// `/repo` itself → `.`); otherwise unchanged.
    static func relative(_ path: String, to folder: String) -> String {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        if path == base { return "." }
        if !base.isEmpty, path.hasPrefix(base + "/") { return String(path.dropFirst(base.count + 1)) }
        return path
    }
}
