import PTCEFormats
import PTCEPipeline
import PTCEEngine

/// Figures the tests compare the API with, taken from the engine itself.
enum PTCEEngineCalls {
    static func criteriaCount(_ year: String) throws -> Int { try Calls.load(year).first?.criteria.count ?? -1 }
    static var factCount: Int { FactCatalog.all.count }
}
