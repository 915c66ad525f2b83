/// The report templates (`Sources/PTCEReports/Templates/*.mustache`), compiled into the binary
/// (`embedInCode` in `Package.swift`): no file is read at run time. See ``ReportLayout``.
enum ReportTemplates {
    /// Every template by its file name without `.mustache`.
    static let sources: [String: [UInt8]] = [
        "html-audit": PackageResources.html_audit_mustache,
        "html-audit-file-row": PackageResources.html_audit_file_row_mustache,
        "html-below-threshold": PackageResources.html_below_threshold_mustache,
        "html-below-threshold-row": PackageResources.html_below_threshold_row_mustache,
        "html-card": PackageResources.html_card_mustache,
        "html-card-page": PackageResources.html_card_page_mustache,
        "html-cards": PackageResources.html_cards_mustache,
        "html-duplicates": PackageResources.html_duplicates_mustache,
        "html-duplicates-row": PackageResources.html_duplicates_row_mustache,
        "html-funding": PackageResources.html_funding_mustache,
        "html-funding-row": PackageResources.html_funding_row_mustache,
        "html-head": PackageResources.html_head_mustache,
        "html-incomplete": PackageResources.html_incomplete_mustache,
        "html-incomplete-row": PackageResources.html_incomplete_row_mustache,
        "html-ineligible": PackageResources.html_ineligible_mustache,
        "html-ineligible-row": PackageResources.html_ineligible_row_mustache,
        "html-pending-marks": PackageResources.html_pending_marks_mustache,
        "html-pending-marks-row": PackageResources.html_pending_marks_row_mustache,
        "html-ranking-row": PackageResources.html_ranking_row_mustache,
        "html-tail": PackageResources.html_tail_mustache,
        "html-unreadable": PackageResources.html_unreadable_mustache,
        "html-unreadable-row": PackageResources.html_unreadable_row_mustache,
        "md-audit": PackageResources.md_audit_mustache,
        "md-audit-file-row": PackageResources.md_audit_file_row_mustache,
        "md-below-threshold": PackageResources.md_below_threshold_mustache,
        "md-below-threshold-row": PackageResources.md_below_threshold_row_mustache,
        "md-card": PackageResources.md_card_mustache,
        "md-cards": PackageResources.md_cards_mustache,
        "md-duplicates": PackageResources.md_duplicates_mustache,
        "md-duplicates-row": PackageResources.md_duplicates_row_mustache,
        "md-funding": PackageResources.md_funding_mustache,
        "md-funding-row": PackageResources.md_funding_row_mustache,
        "md-head": PackageResources.md_head_mustache,
        "md-incomplete": PackageResources.md_incomplete_mustache,
        "md-incomplete-row": PackageResources.md_incomplete_row_mustache,
        "md-ineligible": PackageResources.md_ineligible_mustache,
        "md-ineligible-row": PackageResources.md_ineligible_row_mustache,
        "md-pending-marks": PackageResources.md_pending_marks_mustache,
        "md-pending-marks-row": PackageResources.md_pending_marks_row_mustache,
        "md-ranking-row": PackageResources.md_ranking_row_mustache,
        "md-tail": PackageResources.md_tail_mustache,
        "md-unreadable": PackageResources.md_unreadable_mustache,
        "md-unreadable-row": PackageResources.md_unreadable_row_mustache,
    ]

    /// The HTML report's style sheet, shared by the report and its card pages.
    static let style = String(decoding: PackageResources.html_style_css, as: UTF8.self)

    /// The text of template `name`; a name that is not there is a programming error, reported
    /// as a template error.
    static func source(_ name: String) throws -> String {
        guard let bytes = sources[name] else { throw TemplateMissing(name: name) }
        return String(decoding: bytes, as: UTF8.self)
    }

    struct TemplateMissing: Error {
        var name: String
    }
}
