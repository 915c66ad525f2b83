/// The fill-in form's content as posted, before any reading: the values of the single fields,
/// and the rows (members, actions, projects, budget years and their resources…) in order.
///
/// The form marks each row with a hidden field `@kind` whose value is the row's key; the
/// fields after it named `kind.…` belong to that row. A browser posts fields in page order,
/// so rows need no index in their names and a script can add, remove and move them freely.
struct FillDraft: Sendable, Equatable {
    /// One row: its key (for element ids), its values by field name, its nested rows.
    struct Row: Sendable, Equatable {
        var key: String
        var values: [String: [String]] = [:]
        var children: [String: [Row]] = [:]

        func value(_ name: String) -> String { values[name]?.first ?? "" }
    }

    var values: [String: [String]] = [:]
    var rows: [String: [Row]] = [:]
    /// Row kinds of which the post held more rows than the schema allows (the rest were cut).
    var cut: Set<String> = []

    /// The first value of the single field `name`, or the empty string.
    func value(_ name: String) -> String { values[name]?.first ?? "" }

    /// The rows of `kind`.
    func rows(_ kind: String) -> [Row] { rows[kind] ?? [] }

    /// A row key as the page writes it: letters, digits and `_` only, short.
    static func isKey(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 24 && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }

    /// The draft in the fields of `form`, in the order they were posted. Parts that are
    /// files or belong to no known field are ignored.
    init(form: FormData) {
        let kinds = FillForm.rowKinds
        // Kinds whose last row was cut: their fields are dropped until the next row starts.
        var dropping: Set<String> = []
        for part in form.parts where part.fileName == nil {
            let text = String(decoding: part.bytes, as: UTF8.self)
            if part.name.hasPrefix("@") {
                let kind = String(part.name.dropFirst())
                guard let rowKind = kinds[kind] else { continue }
                let key = Self.isKey(text) ? text : freshKey(kind)
                dropping.remove(kind)
                if kind == "resource" {
                    guard var years = rows["year"], !years.isEmpty else { continue }
                    guard years[years.count - 1].children["resource", default: []].count < rowKind.limit else {
                        cut.insert(kind)
                        dropping.insert(kind)
                        continue
                    }
                    years[years.count - 1].children["resource", default: []].append(Row(key: key))
                    rows["year"] = years
                } else {
                    guard rows[kind, default: []].count < rowKind.limit else {
                        cut.insert(kind)
                        dropping.insert(kind)
                        continue
                    }
                    rows[kind, default: []].append(Row(key: key))
                }
                continue
            }
            let kind = part.name.split(separator: ".").first.map(String.init) ?? ""
            if dropping.contains(kind) { continue }
            if kind == "resource" {
                guard var years = rows["year"], let last = years.indices.last,
                    var resources = years[last].children["resource"], !resources.isEmpty
                else { continue }
                resources[resources.count - 1].values[part.name, default: []].append(text)
                years[last].children["resource"] = resources
                rows["year"] = years
            } else if kinds[kind] != nil {
                guard var list = rows[kind], !list.isEmpty else { continue }
                list[list.count - 1].values[part.name, default: []].append(text)
                rows[kind] = list
            } else {
                values[part.name, default: []].append(text)
            }
        }
        ensureYears()
    }

    /// An empty form: the 2015 call chosen, the three budget years shown.
    init() {
        values["call"] = ["2015"]
        ensureYears()
    }

    /// The three budget years are always shown, keyed by their index.
    mutating func ensureYears() {
        var years = rows["year"] ?? []
        while years.count < 3 { years.append(Row(key: String(years.count + 1))) }
        rows["year"] = Array(years.prefix(3))
    }

    /// A key not used by any row of the draft.
    func freshKey(_ kind: String) -> String {
        var used: Set<String> = []
        for rows in rows.values {
            for row in rows {
                used.insert(row.key)
                for children in row.children.values { used.formUnion(children.map(\.key)) }
            }
        }
        var number = 1
        while used.contains("k\(number)") { number += 1 }
        return "k\(number)"
    }

    // MARK: Editing without a script

    /// What a button of the form asks: add, remove or move a row.
    enum Edit: Equatable {
        case add(kind: String, parent: String?)
        case remove(kind: String, key: String)
        case move(kind: String, key: String, by: Int)

        /// Reads `add:member`, `add:resource:2`, `remove:member:k3`, `up:member:k3`, `down:…`.
        init?(_ text: String) {
            let parts = text.split(separator: ":").map(String.init)
            guard parts.count >= 2, FillForm.rowKinds[parts[1]]?.editable == true else { return nil }
            switch (parts[0], parts.count) {
            case ("add", 2): self = .add(kind: parts[1], parent: nil)
            case ("add", 3): self = .add(kind: parts[1], parent: parts[2])
            case ("remove", 3): self = .remove(kind: parts[1], key: parts[2])
            case ("up", 3): self = .move(kind: parts[1], key: parts[2], by: -1)
            case ("down", 3): self = .move(kind: parts[1], key: parts[2], by: 1)
            default: return nil
            }
        }
    }

    /// Applies `edit`; returns the key of a row added.
    @discardableResult
    mutating func apply(_ edit: Edit) -> String? {
        switch edit {
        case .add(let kind, let parent):
            let key = freshKey(kind)
            var row = Row(key: key)
            if kind == "member" { row.values["member.id"] = [freshMemberID()] }
            update(kind) { list, parentKey in
                if parentKey == parent { list.append(row) }
            }
            return key
        case .remove(let kind, let key):
            update(kind) { list, _ in list.removeAll { $0.key == key } }
        case .move(let kind, let key, let offset):
            update(kind) { list, _ in
                guard let index = list.firstIndex(where: { $0.key == key }), list.indices.contains(index + offset) else { return }
                list.swapAt(index, index + offset)
            }
        }
        return nil
    }

    /// Runs `change` on the list of `kind` (with the parent's key for nested rows).
    private mutating func update(_ kind: String, _ change: (inout [Row], String?) -> Void) {
        if kind == "resource" {
            var years = rows["year"] ?? []
            for index in years.indices {
                var list = years[index].children["resource"] ?? []
                change(&list, years[index].key)
                years[index].children["resource"] = list
            }
            rows["year"] = years
        } else {
            var list = rows[kind] ?? []
            change(&list, nil)
            rows[kind] = list
        }
    }

    /// `m1`, `m2`…: the first member id not taken.
    func freshMemberID() -> String {
        let taken = Set(rows("member").map { $0.value("member.id") })
        var number = rows("member").count + 1
        while taken.contains("m\(number)") { number += 1 }
        return "m\(number)"
    }
}

extension FillDraft {
    /// The draft as the page posts it: each section's fields, then its rows (marker first,
    /// then the row's fields and nested rows), in page order.
    var posted: [(name: String, value: String)] {
        var out: [(name: String, value: String)] = []
        func add(_ kind: FillRowKind, _ row: Row) {
            out.append(("@\(kind.name)", row.key))
            for field in kind.fields {
                for value in row.values[field.name] ?? [] { out.append((field.name, value)) }
            }
            for child in kind.children {
                for nested in row.children[child.name] ?? [] { add(child, nested) }
            }
        }
        for section in FillForm.sections {
            for field in section.fields {
                for value in values[field.name] ?? [] { out.append((field.name, value)) }
            }
            for kind in section.rows {
                for row in rows(kind.name) { add(kind, row) }
            }
        }
        return out
    }
}
