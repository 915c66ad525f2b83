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
