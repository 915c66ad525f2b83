import Foundation
import PTCEModel
@testable import PTCEReports
import Testing

/// The report's wording, kept in one table (``ReportLabel``), against the templates that read it.
@Suite struct ReportLabelTests {
    /// Mustache renders an unknown `{{labels.x}}` as nothing: every label a template names must
    /// be in the table, in both languages.
    @Test(arguments: [Language.fr, .en])
    func everyLabelATemplateReadsIsWorded(_ language: Language) throws {
        let labels = ReportLabel.templateLabels(language, jury: nil)
        let pattern = try NSRegularExpression(pattern: #"labels\.(\w+)"#)
        var read: Set<String> = []
        for (name, bytes) in ReportTemplates.sources {
            let text = String(decoding: bytes, as: UTF8.self)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let label = (text as NSString).substring(with: match.range(at: 1))
                read.insert(label)
                #expect(labels[label]?.isEmpty == false, "\(name) reads labels.\(label)")
            }
        }
        #expect(read.count > 60, "the templates read their wording from the table")
    }

    @Test func everyTextExistsInBothLanguages() {
        for label in ReportLabel.allCases {
            #expect(!label.text.fr.isEmpty && !label.text.en.isEmpty, "\(label.rawValue)")
        }
    }
}
