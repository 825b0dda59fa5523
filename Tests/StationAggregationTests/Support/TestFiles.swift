import Foundation
import TrackerInput
import TrackerModel
import XCTest

/// Paths of the repository and of ../shared, the scope catalog, and temporary files.
enum TestFiles {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ relative: String) -> String { repository.appendingPathComponent(relative).path }

    static let beijingMultisite = repository.deletingLastPathComponent().appendingPathComponent("shared/data/beijing-multisite")
    static let realFiles = ["Dongsi", "Guanyuan", "Tiantan", "Wanshouxigong"].map {
        beijingMultisite.appendingPathComponent("PRSA_Data_\($0)_20130301-20170228.csv").path
    }
    static var hasRealData: Bool { realFiles.allSatisfy { FileManager.default.fileExists(atPath: $0) } }
    static let stationList = path("Samples/beijing-multisite-stations.csv")

    static let scopes: ScopeDirectory = {
        var reader = CatalogReader()
        let file = path("Targets/scopes.catalog")
        reader.read((try? String(contentsOfFile: file, encoding: .utf8)) ?? "", file: file)
        return reader.scopes
    }()


    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}

extension XCTestCase {
    /// A fresh temporary folder, removed when the test ends.
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("station-aggregation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }
}
