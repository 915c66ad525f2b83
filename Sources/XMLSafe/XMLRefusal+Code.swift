extension XMLRefusal {
    /// A stable identifier of the refusal, for tools and tests (`policy.doctype`…).
    public var code: String {
        switch self {
        case .fileTooLarge: "policy.file-too-large"
        case .doctype: "policy.doctype"
        case .tooDeep: "policy.too-deep"
        case .tooManyAttributes: "policy.too-many-attributes"
        case .textTooLong: "policy.text-too-long"
        case .tooManyElements: "policy.too-many-elements"
        case .empty: "policy.empty"
        case .compressed: "policy.compressed"
        case .encoding: "policy.encoding"
        case .invalidUTF8: "policy.invalid-utf8"
        case .timeLimit: "policy.time-limit"
        case .catalogInstruction: "policy.catalog-instruction"
        case .invalidUTF16: "policy.invalid-utf16"
        case .forbiddenCharacter: "policy.forbidden-character"
        }
    }
}
