import Hummingbird
import PTCEEngine
import PTCEModel
import PTCEFormats
import PTCEPipeline

/// The rules explorer: `/criteria/{call}` and `/facts` (and `/en/…`), generated from the
/// criteria files and the fact catalogue.
struct ExplorerPages: Sendable {
    let catalog: CallCatalog
    let renderer: PageRenderer

    func register(on router: Router<BasicRequestContext>) {
        for language in Language.allCases {
            router.get(RouterPath("\(language.prefix)/criteria/:call")) { _, context in
                criteria(context.parameters.get("call") ?? "", language: language)
            }
            router.get(RouterPath("\(language.prefix)/facts")) { _, _ in facts(language) }
        }
    }

    func criteria(_ year: String, language: Language) -> Response {
        guard let file = catalog.file(year) else { return notFound(language) }
        let summary = CallCriteria(file, year: year, language: language)
        let text = PageText.table(language)
        let facts = Dictionary(uniqueKeysWithValues: FactCatalog.all.map { ($0.name, FactSummary($0, language: language)) })
        let criteria = summary.criteria.map { criterion -> [String: Any] in
            let used = file.parameters.filter { parameter in
                criterion.rule.contains { $0.text.contains(parameter.name) }
            }
            return viewContext([
                "id": criterion.id, "title": criterion.title, "kindLabel": text[criterion.kind],
                "explanation": criterion.explanation,
                "source": criterion.source, "fix": criterion.fix,
                "weight": criterion.weight.map { Format.number($0, places: 2, language: language) },
                "minimum": criterion.minimum.map { Format.number($0, places: 2, language: language) },
                "rule": criterion.rule.map { ["depth": $0.depth, "text": $0.text] as [String: Any] },
                "hasParameters": !used.isEmpty,
                "parameters": used.map { ParameterSummary($0, language: language) }.map {
                    ["name": $0.name, "label": $0.label, "defaultValue": $0.defaultValue, "source": $0.source] as [String: Any]
                },
                "facts": criterion.facts.compactMap { facts[$0] }.map(Self.view),
            ])
        }
        let context: [String: Any] = [
            "callTitle": summary.call.title, "callSource": summary.call.source, "criteria": criteria,
        ]
        let title = "\(text["criteriaTitle"] ?? "") — \(summary.call.title)"
        return .html(
            renderer.page(
                "criteria", context: context, title: title, language: language, path: "/criteria/\(year)",
                section: .criteria(year)))
    }

    func facts(_ language: Language) -> Response {
        let context: [String: Any] = ["facts": FactCatalog.all.map { Self.view(FactSummary($0, language: language)) }]
        let title = PageText.table(language)["factsTitle"] ?? ""
        return .html(renderer.page("facts", context: context, title: title, language: language, path: "/facts", section: .facts))
    }

    static func view(_ fact: FactSummary) -> [String: Any] {
        ["name": fact.name, "label": fact.label, "meaning": fact.meaning, "unit": fact.unit, "location": fact.location]
    }

    func notFound(_ language: Language) -> Response {
        renderer.message(language, heading: "notFoundTitle", status: .notFound)
    }
}
