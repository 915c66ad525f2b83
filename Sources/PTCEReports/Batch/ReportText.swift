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

    /// How concentrated the funders are, in words, from the Herfindahl–Hirschman index of their
    /// shares (0–10,000): the number of equal funders it amounts to, and a level (below 1,500
    /// diversified, up to 2,500 moderately concentrated, concentrated above — the thresholds
    /// competition authorities use).
    func concentration(_ index: Decimal?) -> String {
        guard let index, index > 0 else { return "—" }
        let equal = Format.number(10_000 / index, places: 1, language: language)
        let shown = Format.number(index, places: 0, language: language)
        let level: Localized =
            index < 1_500
            ? Localized(fr: "financements diversifiés", en: "diversified funding")
            : index <= 2_500
                ? Localized(fr: "financements moyennement concentrés", en: "moderately concentrated funding")
                : Localized(fr: "financements concentrés", en: "concentrated funding")
        return Localized(
            fr: "\(level.fr) : comme \(equal) financeurs à parts égales (indice de Herfindahl-Hirschman \(shown) sur 10 000)",
            en: "\(level.en): as if \(equal) funders gave equal shares (Herfindahl-Hirschman index \(shown) out of 10,000)")(
                language)
    }

    /// A project's stage in words, or "—".
    func stage(_ stage: Stage?) -> String {
        switch stage {
        case .construction?: Localized(fr: "en construction", en: "under construction")(language)
        case .consolidation?: Localized(fr: "en consolidation", en: "in consolidation")(language)
        case nil: "—"
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
