import Foundation
public import PTCEModel

/// A member of the jury.
public struct Juror: Sendable, Hashable {
    public var id: String
    public var name: String
    public var organisation: String
    /// The organisation's SIREN: a juror is in conflict with any application that has it.
    public var siren: String?
    public var languages: [String]
    /// Application ids the juror declared a conflict with.
    public var declaredConflicts: Set<String>

    public init(
        id: String, name: String, organisation: String, siren: String? = nil, languages: [String] = [],
        declaredConflicts: Set<String> = []
    ) {
        self.id = id
        self.name = name
        self.organisation = organisation
        self.siren = siren
        self.languages = languages
        self.declaredConflicts = declaredConflicts
    }

    /// Why the juror may not read the application, or nil.
    public func conflict(with application: String, sirens: Set<String>) -> Localized? {
        if declaredConflicts.contains(application) {
            return Localized(fr: "conflit d’intérêts déclaré", en: "declared conflict of interest")
        }
        if let siren, sirens.contains(siren) {
            return Localized(
                fr: "son organisation (SIREN \(siren)) est membre ou porteuse du dossier",
                en: "their organisation (SIREN \(siren)) is a member or the carrier of the application")
        }
        return nil
    }
}
