import Foundation
public import PTCEEngine
public import PTCEModel

/// `ptce criteria diff A.xml B.xml` written for a jury member: text (terminal), Markdown or
/// JSON (both languages, stable codes), from a ``CriteriaDiff``.
public struct CriteriaDiffReport: Sendable {
    /// The formats `ptce criteria diff --format` accepts.
    public enum Format: String, Sendable, CaseIterable {
        case text, markdown, json
    }

    public var diff: CriteriaDiff
    public var language: Language

    public init(diff: CriteriaDiff, language: Language) {
        self.diff = diff
        self.language = language
    }

    public func render(_ format: Format) throws -> String {
        switch format {
        case .text: text
        case .markdown: markdown
        case .json: try json
        }
    }

    var words: DiffRows { DiffRows(diff: diff, language: language) }

    /// One block per change, with before and after on their own lines.
    public var text: String {
        let words = self.words
        let colon = language == .fr ? " : " : ": "
        var lines = [
            ComparisonLabel.diffTitle(language),
            ComparisonLabel.base(language) + colon + words.side(diff.base, values: diff.baseValues),
            ComparisonLabel.alternative(language) + colon + words.side(diff.alternative, values: diff.alternativeValues),
            "",
        ]
        for row in words.rows {
            lines.append("\(row.subject) — \(row.aspect)")
            lines.append("  \(ComparisonLabel.before(language))\(colon)\(row.before)")
            lines.append("  \(ComparisonLabel.after(language))\(colon)\(row.after)")
            if !row.affects.isEmpty { lines.append("  \(ComparisonLabel.affects(language))\(colon)\(row.affects)") }
        }
        if diff.isEmpty { lines.append(ComparisonLabel.noDifference(language)) }
        let count = diff.changes.count
        lines.append("")
        lines.append(language == .fr ? "\(count) différence(s)" : "\(count) difference(s)")
        // Criteria files are data: a control character in a title is shown, never obeyed.
        return lines.map { VisibleText.escape($0) }.joined(separator: "\n") + "\n"
    }

    public var markdown: String {
        let words = self.words
        let colon = language == .fr ? " : " : ": "
        var lines = [
            "# \(ComparisonLabel.diffTitle(language))", "",
            "- **\(ComparisonLabel.base(language))**" + colon
                + MarkdownTable.escape(words.side(diff.base, values: diff.baseValues)),
            "- **\(ComparisonLabel.alternative(language))**" + colon
                + MarkdownTable.escape(words.side(diff.alternative, values: diff.alternativeValues)),
            "",
        ]
        lines += MarkdownTable.lines(DiffTable(words: words).table)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `format: ptce-criteria-diff`, `formatVersion: 1`: each change with its stable subject
    /// and aspect codes and its words in French and English.
    public var json: String {
        get throws {
            let (fr, en) = (DiffRows(diff: diff, language: .fr), DiffRows(diff: diff, language: .en))
            let document = DiffJSON(diff: diff, fr: fr, en: en)
            return try ComparisonJSON.encode(document)
        }
    }
}

/// The diff as a table (subject, what, before, after, criteria affected), shared by the diff's
/// Markdown and the comparison report's "why" section.
struct DiffTable {
    let words: DiffRows

    var table: ComparisonTable {
        let language = words.language
        let empty = ComparisonLabel.noDifference(language)
        return ComparisonTable(
            headers: [
                ComparisonLabel.subject(language), ComparisonLabel.what(language), ComparisonLabel.before(language),
                ComparisonLabel.after(language), ComparisonLabel.affects(language),
            ],
            rows: words.rows.map { [$0.subject, $0.aspect, $0.before, $0.after, $0.affects] }, empty: empty)
    }
}

/// The JSON form of a criteria diff (both languages).
struct DiffJSON: Encodable {
    struct Side: Encodable {
        var path: String
        var sha256: String
        var call: String
        var parameters: [String: String]
    }

    struct Change: Encodable {
        var subject: String
        var id: String
        var aspect: String
        var title: Localized
        var before: Localized
        var after: Localized
        var affects: [String]
    }

    var format = "ptce-criteria-diff"
    var formatVersion = 1
    var base: Side
    var alternative: Side
    var changes: [Change]

    init(diff: CriteriaDiff, fr: DiffRows, en: DiffRows) {
        func side(_ file: CriteriaFile, _ values: ParameterValues) -> Side {
            Side(
                path: file.path, sha256: file.sha256, call: file.call.id,
                parameters: Dictionary(
                    uniqueKeysWithValues: file.parameters.map { ($0.name, (values[$0.name] ?? $0.defaultValue).description) }))
        }
        base = side(diff.base, diff.baseValues)
        alternative = side(diff.alternative, diff.alternativeValues)
        let (frRows, enRows) = (fr.rows, en.rows)
        changes = diff.changes.indices.map { index in
            let change = diff.changes[index]
            return Change(
                subject: change.subject.rawValue, id: change.id, aspect: change.aspect.rawValue, title: change.title,
                before: Localized(fr: frRows[index].before, en: enRows[index].before),
                after: Localized(fr: frRows[index].after, en: enRows[index].after), affects: change.affects)
        }
    }
}
