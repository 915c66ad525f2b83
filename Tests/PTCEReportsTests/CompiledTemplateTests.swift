import Mustache
@testable import PTCEReports
import Testing

/// ``CompiledTemplate`` renders what swift-mustache renders, byte for byte: each case below is
/// rendered by both and compared, and the golden reports check the shipped templates.
@Suite struct CompiledTemplateTests {
    /// A view with what the reports' views hold: strings, flags, lists of rows, nested
    /// dictionaries, lazily built rows, text that needs escaping.
    static var view: [String: Any] {
        [
            "name": "Pôle <Sud> & \"Nord\" l'été", "empty": "", "yes": true, "no": false,
            "labels": ["total": "Total", "year": "Année"] as [String: Any],
            "plain": ["a": "1", "b": "2"] as [String: String],
            "rows": [["value": "1", "note": "un"], ["value": "2"], ["value": "3", "name": "row name"]] as [[String: Any]],
            "strings": ["x", "<y>", "z"], "none": [String](),
            "lazy": LazyRows([1, 2, 3]) { ["value": "\($0)", "even": $0 % 2 == 0] },
            "nested": ["inner": ["deep": "bottom"] as [String: Any]] as [String: Any],
            "combining": "X\"\u{301} onmouseover",
        ]
    }

    static let templates: [String] = [
        "plain text only\n",
        "{{name}} {{{name}}} {{&name}} {{ name }} {{missing}}|{{labels.total}}|{{labels.missing}}|{{nested.inner.deep}}",
        "{{#rows}}[{{value}} {{note}} {{name}}]{{/rows}}",
        "{{#rows}}\n  {{value}}\n{{/rows}}\n",
        "  {{#yes}}\n  indented\n  {{/yes}}\nafter\n",
        "{{#no}}hidden{{/no}}{{^no}}shown{{/no}}{{^yes}}hidden{{/yes}}{{^none}}none is empty{{/none}}{{^rows}}x{{/rows}}",
        "{{#strings}}<{{.}}>{{/strings}}\n{{#strings}}\n- {{{.}}}\n{{/strings}}\n",
        "{{#labels}}{{total}} {{name}}{{/labels}} {{#plain}}{{a}}{{b}}{{/plain}} {{plain.a}}",
        "{{#lazy}}{{value}}{{#even}}*{{/even}} {{/lazy}}{{#lazy}}{{value}}{{/lazy}}",
        "line {{! a comment }} end\n  {{! standalone comment }}\n  spaces kept {{#yes}}in{{/yes}}\n",
        "x{{#yes}}a\n{{/yes}}\n  {{^no}}\nb\n{{/no}}\n",
        "{{% CONTENT_TYPE: TEXT}}\n{{name}}\n{{% CONTENT_TYPE: HTML}}{{name}}\n",
        "{{#yes}}{{% CONTENT_TYPE: TEXT}}{{name}}{{/yes}}{{name}}",
        "{{combining}}|{{empty}}|{{#empty}}never{{/empty}}{{^empty}}empty string is a value{{/empty}}",
        "a\r\n{{#yes}}\r\nb\r\n{{/yes}}\r\nc {{.name}} {{#rows}}{{.value}}{{.name}}{{/rows}}",
        "\t{{#rows}}\t\n{{value}}\n\t{{/rows}}  \n{{#yes}} {{/yes}} \n",
        "{{yes}} {{no}} {{rows.0}} {{#nested}}{{#inner}}{{deep}}{{name}}{{/inner}}{{/nested}}",
        "{ {{name}} } {{{labels.year}}} }}",
    ]

    @Test(arguments: templates)
    func rendersAsTheLibrary(_ source: String) throws {
        let expected = try MustacheTemplate(string: source).render(Self.view)
        let compiled = try CompiledTemplate(source)
        #expect(String(decoding: compiled.render([Self.view]), as: UTF8.self) == expected)
    }

    /// A row rendered over its view: the row's values first, the view's for the rest, as the
    /// layout rendered it before with the two dictionaries merged.
    @Test func aRowOverItsViewReadsBoth() throws {
        let row: [String: Any] = ["name": "row", "value": "7"]
        let source = "{{name}} {{value}} {{labels.total}} {{#strings}}{{.}}{{name}}{{/strings}}"
        let merged = row.merging(Self.view) { mine, _ in mine }
        let expected = try MustacheTemplate(string: source).render(merged)
        #expect(String(decoding: try CompiledTemplate(source).render([Self.view, row]), as: UTF8.self) == expected)
    }

    /// What the library cannot render the same way is refused when the template is read, not
    /// rendered differently.
    @Test(arguments: ["{{> partial}}", "{{=<% %>=}}", "{{name(upper)}}", "{{#a}}open", "{{#a}}x{{/b}}", "{{% NOPE: X}}"])
    func refusesWhatItDoesNotRender(_ source: String) {
        #expect(throws: CompiledTemplate.ParseError.self) { try CompiledTemplate(source) }
    }

    /// The HTML report's escaper is selected by its pragma.
    @Test func theReportPragmaSelectsItsEscaper() throws {
        let template = try CompiledTemplate(
            FastHTML.pragma + "\n{{combining}}", contentTypes: [FastHTML.name: FastHTML.escaper])
        #expect(String(decoding: template.render([Self.view]), as: UTF8.self) == "X&quot;\u{301} onmouseover")
    }
}
