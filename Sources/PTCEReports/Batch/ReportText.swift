import Foundation
import PTCEEngine
import PTCEModel

/// Wording and number formats shared by every report format.
struct ReportText {
    let language: Language

    /// The text of `label` (see ``ReportLabel``, the report's wording).
    func callAsFunction(_ label: ReportLabel) -> String { label.text(language) }
    func points(_ value: Decimal?) -> String { value.map { Format.number($0, places: 2, language: language) } ?? "?" }
    func euros(_ value: Decimal?) -> String { value.map { Format.euros($0, language: language) } ?? "—" }
    func percent(_ value: Decimal?) -> String { value.map { Format.percent($0, language: language) } ?? "—" }

    /// A score that reaches its minimum (or has none) is simply "scored"; only gates pass.
    func outcome(_ outcome: Outcome, kind: Criterion.Kind) -> String {
        switch outcome {
        case .pass where kind == .score: self(.outcomeScored)
        case .fail where kind == .score: self(.outcomeBelowMinimum)
        case .pass: self(.outcomePass)
        case .fail: self(.outcomeFail)
        case .undetermined: self(.outcomeUndetermined)
        }
    }

    func mark(_ outcome: Outcome, kind: Criterion.Kind) -> String {
        switch outcome {
        case .pass where kind == .score: "•"
        case .pass: "✔"
        case .fail: "✘"
        case .undetermined: "?"
        }
    }

    /// A stable HTML anchor for an application, from its file name.
    static func anchor(_ file: String) -> String {
        "app-" + String(file.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) && $0.isASCII ? Character($0) : "-" })
    }

    /// Region or "—".
    func region(_ summary: ApplicationSummary) -> String { summary.region ?? "—" }

    func territory(_ summary: ApplicationSummary) -> String {
        let codes = summary.departements.joined(separator: ", ")
        switch (summary.territory, codes.isEmpty) {
        case (let name?, false): return "\(name) (\(codes))"
        case (let name?, true): return name
        case (nil, _): return "—"
        }
    }
}
