import Foundation
public import PTCEEngine
public import PTCEModel

/// The applicant's view of an evaluation: verdict, each criterion explained, what to fix.
///
/// Plain text for a terminal; `style` lets the caller add colours without this module
/// knowing about terminals.
public struct CheckReport {
    /// How a piece of text is emphasised.
    public enum Emphasis: Sendable {
        case pass, fail, undetermined, heading, dim
    }

    public var language: Language
    public var style: @Sendable (String, Emphasis) -> String

    public init(language: Language, style: @escaping @Sendable (String, Emphasis) -> String = { text, _ in text }) {
        self.language = language
        self.style = style
    }

    private func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// Input text for one terminal line: control characters and bidirectional overrides escaped.
    private func shown(_ text: String) -> String { VisibleText.escape(text) }

    /// The report formats' mark, coloured; a score that is simply scored stays plain.
    private func mark(_ outcome: Outcome, kind: Criterion.Kind = .gate) -> String {
        let symbol = ReportText(language: language).mark(outcome, kind: kind)
        switch outcome {
        case .pass: return kind == .gate ? style(symbol, .pass) : symbol
        case .fail: return style(symbol, .fail)
        case .undetermined: return style(symbol, .undetermined)
        }
    }

    private func emphasis(_ status: Status) -> Emphasis {
        switch status {
        case .eligible: .pass
        case .belowThreshold, .incomplete: .undetermined
        case .ineligible: .fail
        }
    }

    /// The full text for one application under one call.
    public func render(_ evaluation: Evaluation, criteria: CriteriaFile, file: String) -> String {
        var lines: [String] = []
        let number = { (value: Decimal) in Format.number(value, places: 2, language: language) }
        // The application's text and the file name are shown, never obeyed (see ``VisibleText``).
        lines.append(style(shown(evaluation.applicationName), .heading) + " — " + shown(file))
        lines.append(t("Appel : ", "Call: ") + criteria.call.title(language) + " [\(criteria.call.id)]")
        var verdict =
            t("Verdict : ", "Verdict: ") + style(evaluation.status.label(language).uppercased(), emphasis(evaluation.status))
        if evaluation.status == .eligible || evaluation.status == .belowThreshold {
            let known = evaluation.maximum - evaluation.pendingWeight
            verdict += " — " + t("total ", "total ") + "\(number(evaluation.total)) / \(number(known))"
            if evaluation.awaitingMarks {
                let pending = number(evaluation.pendingWeight)
                verdict += t(" (+ \(pending) points à noter par le jury)", " (+ \(pending) points to be marked by the jury)")
            }
            let adjustable = evaluation.juryHeadroom - evaluation.pendingWeight
            if adjustable > 0 {
                verdict += t(
                    " (+ \(number(adjustable)) au plus par les ajustements du jury)",
                    " (+ \(number(adjustable)) at most from the jury’s adjustments)")
            }
            if let minimum = evaluation.minimumTotal {
                verdict += t(" (minimum \(number(minimum)))", " (minimum \(number(minimum)))")
            }
        }
        lines.append(verdict)
        for result in evaluation.gates where result.criterion.decidedOnReceipt && result.outcome == .undetermined {
            lines.append(
                t(
                    "« \(result.criterion.title.fr) » reste à décider : la date de dépôt est celle que la plateforme enregistrera à la réception du dossier.",
                    "“\(result.criterion.title.en)” remains to be decided: the submission time is the one the platform records on receipt."
                ))
        }
        lines.append("")
        lines.append(style(t("Conditions d’éligibilité", "Eligibility conditions"), .heading))
        for result in evaluation.gates {
            lines.append("  \(mark(result.outcome)) \(result.criterion.title(language))")
            lines.append(style("      " + shown(result.explanation(language)), .dim))
        }
        if !evaluation.scores.isEmpty {
            lines.append("")
            lines.append(style(t("Critères de sélection (notes)", "Selection criteria (scores)"), .heading))
            for result in evaluation.scores {
                let points = result.points.map { number($0) } ?? (result.awaitingMarks ? "—" : "?")
                let weight = number(result.criterion.weight ?? 0)
                let sign = result.awaitingMarks ? "…" : mark(result.outcome, kind: .score)
                lines.append("  \(sign) \(points) / \(weight)  \(result.criterion.title(language))")
                lines.append(style("      " + shown(result.explanation(language)), .dim))
            }
        }
        let fixes = toFix(evaluation)
        if !fixes.isEmpty {
            lines.append("")
            lines.append(style(t("À corriger ou compléter", "To fix or complete"), .heading))
            lines.append(contentsOf: fixes.map { "  - " + shown($0) })
        }
        return lines.joined(separator: "\n")
    }

    /// What the applicant should do: failed gates (with their advice), then missing data.
    public func toFix(_ evaluation: Evaluation) -> [String] {
        var items: [String] = []
        for result in evaluation.gates where result.outcome == .fail {
            let advice = result.criterion.fix.map { " — \($0(language))" } ?? ""
            items.append("\(result.criterion.title(language)) (\(result.criterion.source))\(advice)")
        }
        for result in evaluation.scores where result.outcome == .fail {
            items.append(t("note sous le minimum : ", "score below its minimum: ") + result.criterion.title(language))
        }
        for missing in evaluation.missing {
            items.append(missing(language))
        }
        return items
    }

    /// One line per call for `--call all`: call, verdict, total.
    public func comparison(_ rows: [(CriteriaFile, Evaluation)]) -> String {
        var lines = [style(t("Comparaison des appels", "Calls compared"), .heading)]
        for (criteria, evaluation) in rows {
            let total = Format.number(evaluation.total, places: 2, language: language)
            // Criteria by their titles, as a reader knows them; ids are for rule writers.
            let failed = evaluation.gates.filter { $0.outcome == .fail }.map { $0.criterion.title(language) }
            let unknown = evaluation.gates.filter { $0.outcome == .undetermined }.map { $0.criterion.title(language) }
            var detail = ""
            if !failed.isEmpty { detail += t(" ; échoue : ", "; fails: ") + failed.joined(separator: t(" ; ", "; ")) }
            if !unknown.isEmpty {
                detail += t(" ; indéterminé : ", "; undetermined: ") + unknown.joined(separator: t(" ; ", "; "))
            }
            lines.append(
                "  \(criteria.call.id.padding(toLength: 10, withPad: " ", startingAt: 0)) "
                    + style(evaluation.status.label(language), emphasis(evaluation.status))
                    + " — \(total) / \(Format.number(evaluation.maximum, places: 2, language: language))\(detail)")
        }
        return lines.joined(separator: "\n")
    }
}
