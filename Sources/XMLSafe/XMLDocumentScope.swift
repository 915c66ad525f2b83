internal import CLibXML2

/// The validity token of one document lent to views, and its share of the read's deadline.
final class XMLDocumentScope {
    private(set) var isOpen = true
    private let session: ParseSession

    init(session: ParseSession) { self.session = session }

    /// Ends the loan: every view of this document traps from now on.
    func close() { isOpen = false }

    /// One more navigation step: the deadline is checked as while copying (the clock read
    /// every ``ReadDeadline/clockInterval``-th time).
    func visit(line node: xmlNodePtr) {
        if session.deadline.passed(at: .decoding) {
            _ = session.pastDeadline(at: .decoding, line: Int(xmlGetLineNo(node)))
        }
    }
}
