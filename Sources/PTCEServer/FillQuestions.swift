import PTCEEngine
import PTCEModel

/// "What is still missing": the next questions of the fill-in form that would decide a
/// criterion the engine leaves undetermined.
///
/// The engine's trace names, for each undetermined criterion, the facts it lacks; each fact's
/// definition names where its data belongs in the XML (``FactDefinition/location``). Each
/// such place is turned into one field of the form — the first one still empty, in a member
/// the engine cannot yet classify — and the questions are ordered by how many criteria they
/// touch, then by their place in the form.
struct FillQuestions {
    /// One question: the field (or the "add a row" button) it leads to.
    struct Question: Sendable, Equatable {
        /// The element id of the field, the target of the link.
        var target: String
        /// The posted name of the field (`member.legalForm`), or `add:member` for a button.
        var field: String
        /// The row the field belongs to, if any.
        var rowKey: String?
        /// The undetermined criteria it would help decide, by id.
        var criteria: [String]
    }

    /// At most this many questions are shown at a time.
    static let shown = 5

    let draft: FillDraft
    let application: Application
    let parameters: ParameterValues

    /// Every question for `evaluation`, most criteria first; the page shows the first ``shown``.
    func questions(for evaluation: Evaluation) -> [Question] {
        var found: [String: Question] = [:]
        for result in evaluation.results where result.outcome == .undetermined && !result.awaitingMarks {
            for reading in result.trace.facts where reading.value.isMissing || reading.value.bounds.map({ $0.0 != $0.1 }) == true
            {
                guard let definition = FactCatalog.byName[reading.name], let target = target(for: definition) else { continue }
                var question = found[target.target] ?? target
                if !question.criteria.contains(result.id) { question.criteria.append(result.id) }
                found[target.target] = question
            }
        }
        let order = Self.fieldOrder
        return found.values.sorted { a, b in
            if a.criteria.count != b.criteria.count { return a.criteria.count > b.criteria.count }
            let (pa, pb) = (order[a.field] ?? Int.max, order[b.field] ?? Int.max)
            if pa != pb { return pa < pb }
            return a.target < b.target
        }
    }

    /// The position of each field (and each "add" button) in the form, for ties.
    static let fieldOrder: [String: Int] = {
        var order: [String: Int] = [:]
        func add(_ kind: FillRowKind) {
            order["add:\(kind.name)"] = order.count
            for field in kind.fields { order[field.name] = order.count }
            kind.children.forEach(add)
        }
        for section in FillForm.sections {
            for field in section.fields { order[field.name] = order.count }
            section.rows.forEach(add)
        }
        return order
    }()

    // MARK: From a fact to a field

    /// The XML paths a fact's location names, predicates removed, with the budget year index
    /// a predicate asks for: `/a/b/c, d` names `/a/b/c` and `/a/b/d`.
    static func paths(_ location: String) -> [(path: String, year: Int?)] {
        var base = ""
        return location.split(separator: ",").map { piece in
            var text = piece.trimmingCharacters(in: .whitespaces)
            if !text.hasPrefix("/") {
                text = base + text
            } else {
                base = String(text[...(text.lastIndex(of: "/") ?? text.startIndex)])
            }
            var year: Int?
            if let range = text.range(of: "year[@index='"), let digit = text[range.upperBound...].first?.wholeNumberValue {
                year = digit
            }
            var plain = ""
            var depth = 0
            for character in text {
                if character == "[" {
                    depth += 1
                } else if character == "]" {
                    depth -= 1
                } else if depth == 0 {
                    plain.append(character)
                }
            }
            return (plain, year)
        }
    }

    /// Fields that can decide a criterion when a whole section or row is named: choices, numbers,
    /// codes — not free texts, identifiers, names.
    private static func decisive(_ field: FillField) -> Bool {
        switch field.kind {
        case .select, .yesNo, .checkboxes, .number: return !["member.person", "year.calendarYear"].contains(field.name)
        case .memberRef: return false
        case .text: return ["territory.departements", "territory.qpv", "submittedAt"].contains(field.name)
        case .textarea: return field.name == "territory.communes"
        }
    }

    /// Whether `field` is meant by `path`: named exactly, or inside it and decisive.
    private static func matches(_ field: FillField, _ path: String) -> Bool {
        field.path == path || ((field.path.hasPrefix(path + "/") || path == "/application") && decisive(field))
    }

    /// The first field, in form order, that `definition`'s location asks for and is still open;
    /// failing that, the first open field of the section the location belongs to (a year's
    /// costs, without which its resources are not a budget).
    private func target(for definition: FactDefinition) -> Question? {
        let named = Self.paths(definition.location)
        let sections = named.map { named in
            (path: named.path.split(separator: "/").prefix(2).map { "/\($0)" }.joined(), year: named.year)
        }
        for (path, year) in named + sections {
            for section in FillForm.sections {
                for field in section.fields where Self.matches(field, path) && draft.value(field.name).isEmpty {
                    return Question(target: FillReader.fieldID(field.name), field: field.name, rowKey: nil, criteria: [])
                }
                for kind in section.rows {
                    if let question = target(
                        in: kind, rows: draft.rows(kind.name), path: path, year: year, definition: definition)
                    {
                        return question
                    }
                }
            }
        }
        return nil
    }

    private func target(in kind: FillRowKind, rows: [FillDraft.Row], path: String, year: Int?, definition: FactDefinition)
        -> Question?
    {
        let fields = kind.fields.filter { Self.matches($0, path) }
        let childWanted = kind.children.contains { child in child.fields.contains { Self.matches($0, path) } }
        guard !fields.isEmpty || childWanted else { return nil }
        if rows.isEmpty, kind.editable {
            return Question(target: "add-\(kind.name)", field: "add:\(kind.name)", rowKey: nil, criteria: [])
        }
        for (offset, row) in rows.enumerated() {
            if let year, kind.name == "year", offset + 1 != year { continue }
            if kind.name == "member", !isOpen(row, for: definition) { continue }
            if let field = fields.first(where: { row.value($0.name).isEmpty }) {
                return Question(
                    target: FillReader.fieldID(field.name, row: row), field: field.name, rowKey: row.key, criteria: [])
            }
            for child in kind.children {
                let children = row.children[child.name] ?? []
                if children.isEmpty, child.fields.contains(where: { Self.matches($0, path) }) {
                    return Question(
                        target: "add-\(child.name)-\(row.key)", field: "add:\(child.name)", rowKey: row.key, criteria: [])
                }
                if let question = target(in: child, rows: children, path: path, year: nil, definition: definition) {
                    return question
                }
            }
        }
        return nil
    }

    /// Whether the fact cannot be told for this member alone: the engine, given the
    /// application with only this member, still lacks something.
    private func isOpen(_ row: FillDraft.Row, for definition: FactDefinition) -> Bool {
        guard let member = application.members?.first(where: { $0.id == row.value("member.id") }) else { return true }
        var alone = application
        alone.members = [member]
        alone.carrier = nil
        let value = definition.value(for: alone, parameters: parameters)
        return value.isMissing || value.bounds.map { $0.0 != $0.1 } == true
    }
}
