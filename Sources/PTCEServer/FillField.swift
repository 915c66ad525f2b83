/// One field of the fill-in form (`/remplir`): its name in the posted form, its wording key
/// in ``PageText``, how it is entered, and the element of the application XML it fills.
///
/// The form is generated from these descriptions; the "what is still missing" list finds a
/// question's field by its XML path (``FactDefinition/location`` names the same paths).
struct FillField: Sendable {
    /// How the field is entered.
    enum Kind: Sendable {
        /// One line of text.
        case text
        /// Several lines.
        case textarea
        /// An amount or a number: entered as text, read by the server.
        case number
        /// One value among the option set named (``FillForm/options``; labels are
        /// ``PageText`` keys `option.<set>.<value>`).
        case select(String)
        /// Yes, no, or not said.
        case yesNo
        /// Any of the option set named, as check boxes.
        case checkboxes(String)
        /// A member's id, typed with the list of the members' ids offered.
        case memberRef
    }

    /// The posted name: `name` at the top level, `member.siren` in a member row.
    let name: String
    let kind: Kind
    /// The application XML path the field fills (`/application/members/member/siren`).
    let path: String
    /// A text field the schema requires once its section or row is present.
    var required = false
    /// The `inputmode` hint for phones (`numeric`, `decimal`).
    var inputMode: String?

    init(_ name: String, _ kind: Kind, path: String, required: Bool = false, inputMode: String? = nil) {
        self.name = name
        self.kind = kind
        self.path = path
        self.required = required
        self.inputMode = inputMode
    }

    /// The field's name within its row (`siren` for `member.siren`).
    var shortName: String { name.split(separator: ".").last.map(String.init) ?? name }
}

/// A part of the form: a heading, single fields, and the kinds of rows it holds.
struct FillSection: Sendable {
    /// The fragment id of the section (`s-members`) and its ``PageText`` heading key.
    let id: String
    let fields: [FillField]
    /// Row kinds listed in this section (`member`), in order.
    let rows: [FillRowKind]
}

/// A kind of repeated row: members, actions, projects, budget years and their resources…
struct FillRowKind: Sendable {
    /// The marker name (`@member`) without the `@`, and the prefix of the row's fields.
    let name: String
    let fields: [FillField]
    /// Rows nested inside each row (a year's resources).
    var children: [FillRowKind] = []
    /// Rows the applicant adds, removes and reorders; false for the three budget years.
    var editable = true
    /// The most rows the schema allows (`maxOccurs`); a form posting more is cut there.
    var limit = 200
}
