import Foundation
import TrackerInput
import TrackerModel
import TrackerTestSupport

/// The files these tests read: the real UCI station files, the station list, the scope catalog.
enum TestFiles {
    static let beijingMultisite = Fixtures.beijingMultisite
    static let realFiles = ["Dongsi", "Guanyuan", "Tiantan", "Wanshouxigong"].map {
        beijingMultisite.appendingPathComponent("PRSA_Data_\($0)_20130301-20170228.csv").path
    }
    static var hasRealData: Bool { realFiles.allSatisfy { FileManager.default.fileExists(atPath: $0) } }
    static let stationList = Fixtures.path("Samples/beijing-multisite-stations.csv")

    static let scopes: ScopeDirectory = {
        var reader = CatalogReader()
        let file = Fixtures.path("Targets/scopes.catalog")
        reader.read((try? String(contentsOfFile: file, encoding: .utf8)) ?? "", file: file)
        return reader.scopes
    }()

    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
