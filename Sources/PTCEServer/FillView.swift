import Foundation
import PTCEEngine
import PTCEModel
import PTCEFormats

/// The fill-in page's template context: every section with its fields and rows, the live
/// verdict, and what is still missing.
struct FillView {
    let outcome: FillPage.Outcome
    let language: Language
    let catalog: CallCatalog

    /// Field errors in form order, with the field's label, for the list beside the verdict.
    private final class Collected {
        var errors: [[String: Any]] = []
        var labels: [String: String] = [:]
    }

    private let collected = Collected()

    private func text(_ key: String) -> String { PageText.text(key, language) }

    func context() -> [String: Any] {
        let sections = FillForm.sections.map(section)
        let members = outcome.draft.rows("member").map { row in
            ["id": row.value("member.id"), "name": row.value("member.name")]
        }
        return [
            "sections": sections, "memberIDs": members, "verdict": verdict(),
            "templates": FillForm.rowKinds.values.filter(\.editable).sorted { $0.name < $1.name }.map { kind in
                ["kind": kind.name, "row": row(kind, FillDraft.Row(key: "__key__"), index: 0, parent: nil, template: true)]
            },
        ]
    }

    // MARK: Sections and rows

    private func section(_ section: FillSection) -> [String: Any] {
        viewContext([
            "id": "s-\(section.id)", "heading": text("section.\(section.id)"),
            "fields": section.fields.map { field($0, row: nil, values: outcome.draft.values) },
            "rowKinds": section.rows.map { kind in rowKind(kind, rows: outcome.draft.rows(kind.name), parent: nil) },
            "article1": section.id == "members" ? text("article1") : nil,
        ])
    }

    private func rowKind(_ kind: FillRowKind, rows: [FillDraft.Row], parent: FillDraft.Row?) -> [String: Any] {
        viewContext([
            "kind": kind.name, "editable": kind.editable,
            "listID": parent.map { "list-\(kind.name)-\($0.key)" } ?? "list-\(kind.name)",
            "rows": rows.enumerated().map { row(kind, $1, index: $0 + 1, parent: parent, template: false) },
            "addLabel": text("add.\(kind.name)"),
            "addOp": parent.map { "add:\(kind.name):\($0.key)" } ?? "add:\(kind.name)",
            "addID": parent.map { "add-\(kind.name)-\($0.key)" } ?? "add-\(kind.name)",
        ])
    }

    private func legend(_ kind: FillRowKind, _ row: FillDraft.Row, index: Int) -> String {
        let number = index > 0 ? " \(index)" : ""
        let name = row.value("\(kind.name).name").isEmpty ? row.value("\(kind.name).title") : row.value("\(kind.name).name")
        return text("row.\(kind.name)") + number + (name.isEmpty ? "" : " — \(name)")
    }

    private func row(_ kind: FillRowKind, _ row: FillDraft.Row, index: Int, parent: FillDraft.Row?, template: Bool)
        -> [String: Any]
    {
        let legend = legend(kind, row, index: index)
        if !template { collected.labels["row:\(row.key)"] = legend }
        var context: [String: Any] = [
            "kind": kind.name, "key": row.key, "legend": legend, "editable": kind.editable,
            "fields": kind.fields.map { field($0, row: row, values: row.values, rowLegend: legend, collect: !template) },
            "up": "up:\(kind.name):\(row.key)", "down": "down:\(kind.name):\(row.key)",
            "remove": "remove:\(kind.name):\(row.key)",
            "upLabel": "\(text("moveUp"))\(text("colon")) \(legend)",
            "downLabel": "\(text("moveDown"))\(text("colon")) \(legend)",
            "removeLabel": "\(text("remove"))\(text("colon")) \(legend)",
            "children": kind.children.map { rowKind($0, rows: row.children[$0.name] ?? [], parent: row) },
        ]
        // Set on every row: a nested row must not show its parent's totals.
        context["totals"] = kind.name == "year" ? totals(row, index: index) : false
        return context
    }

    /// The resources of a budget year, added up, and their difference from the costs.
    private func totals(_ row: FillDraft.Row, index: Int) -> [String: Any] {
        let year = outcome.application.budget?.year(index)
        let resources = (row.children["resource"] ?? []).compactMap { FillValue.amount($0.value("resource.amount")).ok }
            .reduce(Decimal(0), +)
        let costs = year?.eligibleCosts ?? FillValue.amount(row.value("year.costs")).ok ?? 0
        let difference = resources - costs
        return [
            "id": "total-\(row.key)", "resources": Format.euros(resources, language: language),
            "balance": difference == 0 ? text("balanced") : Format.euros(difference, language: language),
            "balanced": difference == 0,
        ]
    }

    // MARK: Fields

    private func field(
        _ field: FillField, row: FillDraft.Row?, values: [String: [String]], rowLegend: String? = nil, collect: Bool = true
    ) -> [String: Any] {
        let id = FillReader.fieldID(field.name, row: row)
        let label = text("field.\(field.name)")
        let hintKey = "hint.\(field.name)"
        let hint = PageText.fillEntries[hintKey].map { $0(language) }
        let error = outcome.errors[id]
        let given = values[field.name] ?? []
        var value = given.first ?? ""
        if row?.key == "__key__", field.name == "member.id" { value = "" }
        if collect {
            collected.labels[id] = rowLegend.map { "\(label) — \($0)" } ?? label
            if let error {
                collected.errors.append([
                    "href": "#\(id)", "label": collected.labels[id] ?? label, "message": error.message(language),
                    "code": error.code,
                ])
            }
        }
        var context: [String: Any] = [
            "id": id, "name": field.name, "label": label, "value": value, "errorID": "\(id)-error",
            "describedBy": hint == nil ? "\(id)-error" : "\(id)-hint \(id)-error",
        ]
        if let hint { context["hint"] = hint }
        if let error {
            context["error"] = error.message(language)
            context["errorCode"] = error.code
        }
        if field.required { context["required"] = true }
        if let mode = field.inputMode { context["inputMode"] = mode }
        switch field.kind {
        case .text, .number: context["isText"] = true
        case .memberRef:
            context["isText"] = true
            context["list"] = "member-ids"
        case .textarea: context["isTextarea"] = true
        case .select(let set):
            context["isSelect"] = true
            // The call is always chosen; every other choice may be left unsaid.
            let unsaid: [[String: Any]] =
                set == "call" ? [] : [["value": "", "label": text("notSaid"), "selected": value.isEmpty]]
            let choices: [[String: Any]] = (FillForm.options[set] ?? []).map {
                ["value": $0, "label": text("option.\(set).\($0)"), "selected": $0 == value]
            }
            context["options"] = unsaid + choices
        case .yesNo:
            context["isSelect"] = true
            context["options"] = [("", text("notSaid")), ("yes", text("yes")), ("no", text("no"))].map {
                ["value": $0.0, "label": $0.1, "selected": $0.0 == value]
            }
        case .checkboxes(let set):
            context["isChecks"] = true
            context["choices"] = (FillForm.options[set] ?? []).map {
                ["value": $0, "label": text("option.\(set).\($0)"), "checked": given.contains($0), "id": "\(id)-\($0)"]
            }
        }
        return context
    }

    // MARK: The verdict

    private func verdict() -> [String: Any] {
        var context: [String: Any] = [:]
        let number = { (value: Decimal) in Format.number(value, places: 2, language: language) }
        if let evaluation = outcome.evaluation {
            let reply = EvaluationReply(evaluation, bytes: outcome.xml, language: language, catalog: catalog)
            let marks = ["pass": "✔", "fail": "✘", "undetermined": "?"]
            let rows = reply.criteria.map { criterion -> [String: Any] in
                viewContext([
                    "id": criterion.id, "outcome": criterion.outcome, "mark": marks[criterion.outcome] ?? "?",
                    "outcomeLabel": text(criterion.outcome), "title": criterion.title, "explorer": criterion.explorer,
                    "explanation": criterion.outcome == "fail" ? criterion.explanation : nil,
                    "fix": criterion.outcome == "fail" ? criterion.fix : nil,
                    "pointsText": criterion.kind == "score"
                        ? "\(criterion.points.map(number) ?? "?") / \(criterion.weight.map(number) ?? "?")" : nil,
                ])
            }
            let gates = zip(reply.criteria, rows).filter { $0.0.kind == "gate" }.map(\.1)
            let scores = zip(reply.criteria, rows).filter { $0.0.kind == "score" }.map(\.1)
            context["gates"] = gates
            context["scores"] = scores
            context["hasGates"] = !gates.isEmpty
            context["hasScores"] = !scores.isEmpty
            context["status"] = reply.verdict
            context["statusLabel"] = reply.verdictLabel
            context["totalText"] = "\(number(reply.total)) / \(number(reply.maximum))"
        }
        if !outcome.problems.isEmpty || !outcome.errors.isEmpty { context["provisional"] = true }
        let questions = outcome.questions.prefix(FillQuestions.shown).map { question -> [String: Any] in
            let base =
                question.field.hasPrefix("add:")
                ? text("add.\(question.field.dropFirst(4))")
                : collected.labels[question.target] ?? text("field.\(question.field)")
            let parent = question.field.hasPrefix("add:") ? question.rowKey.flatMap { collected.labels["row:\($0)"] } : nil
            return [
                "href": "#\(question.target)", "label": parent.map { "\(base) — \($0)" } ?? base,
                "count": question.criteria.count, "criteria": question.criteria.joined(separator: " "),
            ]
        }
        context["questions"] = questions
        context["hasQuestions"] = !questions.isEmpty
        context["more"] = outcome.questions.count > FillQuestions.shown ? outcome.questions.count - FillQuestions.shown : nil
        for kind in outcome.draft.cut.sorted() {
            let limit = FillForm.rowKinds[kind]?.limit ?? 0
            collected.errors.append([
                "href": "#list-\(kind)", "label": text("row.\(kind)"), "code": "fill.too-many-rows",
                "message": Localized(
                    fr: "au plus \(limit) : les lignes suivantes n’ont pas été lues",
                    en: "at most \(limit): the rows after that were not read")(language),
            ])
        }
        context["errors"] = collected.errors
        context["hasErrors"] = !collected.errors.isEmpty
        if collected.errors.isEmpty, !outcome.problems.isEmpty {
            context["problems"] = outcome.problems.map { ["message": $0.message(language), "code": $0.code] }
            context["hasProblems"] = true
        }
        return context
    }
}

extension Result {
    /// The value, or nil for a failure.
    var ok: Success? {
        if case .success(let value) = self { return value }
        return nil
    }
}
