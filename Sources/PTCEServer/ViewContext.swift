import Foundation
import PTCEModel
import PTCEEngine
import PTCEFormats
import PTCEPipeline

/// Template contexts are dictionaries; a key whose value is nil is left out, since Mustache
/// takes any present value — even an empty optional — as true.
func viewContext(_ pairs: [String: Any?]) -> [String: Any] {
    pairs.compactMapValues { $0 }
}

extension CheckReply {
    /// The self-check template's `result`.
    func view(language: Language, submittedXML: String, submittedCall: String) -> [String: Any] {
        let number = { (value: Decimal) in Format.number(value, places: 2, language: language) }
        let marks = ["pass": "✔", "fail": "✘", "undetermined": "?"]
        let labels = PageText.table(language)
        return viewContext([
            "file": file,
            "hasProblems": !problems.isEmpty,
            "problems": problems.map { problem in
                viewContext([
                    "line": problem.line > 0 ? problem.line : nil, "message": problem.message, "example": problem.example,
                    "suggestion": problem.suggestion, "code": problem.code,
                ])
            },
            "submittedXML": submittedXML,
            "submittedCall": submittedCall,
            "evaluations": evaluations.map { evaluation -> [String: Any] in
                let rows = evaluation.criteria.map { criterion -> [String: Any] in
                    let weight = criterion.weight.map(number)
                    let points: String? =
                        criterion.kind == "score"
                        ? "\(criterion.points.map(number) ?? "?") / \(weight ?? "?") \(labels["points"] ?? "")" : nil
                    return viewContext([
                        "id": criterion.id, "call": evaluation.call, "kind": criterion.kind, "outcome": criterion.outcome,
                        "mark": marks[criterion.outcome] ?? "?", "outcomeLabel": labels[criterion.outcome] ?? criterion.outcome,
                        "title": criterion.title, "explorer": criterion.explorer, "pointsText": points,
                        "explanation": criterion.explanation, "source": criterion.source, "fix": criterion.fix,
                        "missingText": criterion.missing.isEmpty ? nil : criterion.missing.joined(separator: " ; "),
                        "showWhere": criterion.outcome != "pass" && !criterion.locations.isEmpty,
                        "locations": criterion.locations.enumerated().map { index, place in
                            viewContext(["path": place.path, "line": place.line, "last": index == criterion.locations.count - 1])
                        },
                    ])
                }
                let gates = rows.filter { $0["kind"] as? String == "gate" }
                let scores = rows.filter { $0["kind"] as? String == "score" }
                let shown = evaluation.verdict == "eligible" || evaluation.verdict == "below-threshold"
                // The verdict's reasons, first: what fails, else the conditions that cannot be decided.
                let failing = evaluation.criteria.filter { $0.outcome == "fail" }
                let open = evaluation.criteria.filter { $0.outcome == "undetermined" && $0.kind == "gate" }
                let reasons = (failing.isEmpty ? open : failing).map { criterion in
                    viewContext([
                        "call": evaluation.call, "id": criterion.id, "title": criterion.title,
                        "explanation": criterion.explanation, "fix": criterion.fix,
                    ])
                }
                return viewContext([
                    "callTitle": evaluation.callTitle, "verdict": evaluation.verdict, "verdictLabel": evaluation.verdictLabel,
                    "totalText": shown ? "\(number(evaluation.total)) / \(number(evaluation.maximum))" : nil,
                    "hasReasons": !reasons.isEmpty, "reasons": reasons,
                    "reasonsLabel": labels[failing.isEmpty ? "reasonsUndetermined" : "reasonsFail"],
                    "gates": gates, "scores": scores, "gatesPresent": !gates.isEmpty, "scoresPresent": !scores.isEmpty,
                ])
            },
        ])
    }
}
