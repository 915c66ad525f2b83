public import PTCEModel

/// An application set aside because another file of the batch is the same application: it is
/// listed with the file it duplicates and why, never ranked and never funded.
public struct Duplicate: Sendable {
    /// Why a file counts as a copy of another.
    public enum Reason: String, Sendable, Hashable {
        /// The same bytes (same SHA-256).
        case identicalBytes = "identical-bytes"
        /// Other bytes, but the same carrier SIREN, the same PTCE name (compared without case,
        /// accents or punctuation) and the same call: the same application under another file name.
        case sameApplication = "same-application"

        /// The reason in words, in both languages.
        public var label: Localized {
            switch self {
            case .identicalBytes:
                Localized(fr: "copie à l’octet près (même SHA-256)", en: "byte-identical copy (same SHA-256)")
            case .sameApplication:
                Localized(
                    fr: "même candidature sous un autre nom de fichier (même SIREN du porteur, même nom de PTCE, même appel)",
                    en: "same application under another file name (same carrier SIREN, same PTCE name, same call)")
            }
        }
    }

    /// The copy set aside, as evaluated (its evaluation is kept for the record).
    public var summary: ApplicationSummary
    /// The file kept in its place.
    public var original: String
    /// Why the copy was set aside.
    public var reason: Reason
}

extension ApplicationSummary {
    /// What makes two files the same application: the carrier's SIREN and the PTCE's name
    /// without case, accents or punctuation, under the call the file declares (a PTCE that
    /// applied in 2013 and again in 2015 sent two applications, and a batch may hold both). Nil
    /// without a carrier SIREN, when only identical bytes can tell (a name alone is too weak:
    /// two territories may choose the same one).
    public var applicationKey: String? {
        guard let carrierSIREN, !carrierSIREN.isEmpty else { return nil }
        return [call, carrierSIREN, Funder.normalize(name)].joined(separator: "\u{0}")
    }
}

/// Finds the duplicates of a batch and the applications kept.
public enum Duplicates {
    /// Splits `summaries` into those kept and those set aside. Files group by
    /// ``ApplicationSummary/applicationKey`` (by SHA-256 when there is none; identical bytes
    /// always give the same key). In each group the earliest submission is kept (a missing
    /// date last), then the first file path: the choice never depends on the input order.
    public static func separate(_ summaries: [ApplicationSummary]) -> (kept: [ApplicationSummary], duplicates: [Duplicate]) {
        var groups: [String: [Int]] = [:]
        for (index, summary) in summaries.enumerated() {
            let key = summary.applicationKey.map { "application:" + $0 } ?? "sha256:" + summary.sha256
            groups[key, default: []].append(index)
        }
        var setAside: [Int: Duplicate] = [:]
        for members in groups.values where members.count > 1 {
            let ordered = members.sorted { earlier(summaries[$0], summaries[$1]) }
            let kept = summaries[ordered[0]]
            for index in ordered.dropFirst() {
                let copy = summaries[index]
                setAside[index] = Duplicate(
                    summary: copy, original: kept.file,
                    reason: copy.sha256 == kept.sha256 && !copy.sha256.isEmpty ? .identicalBytes : .sameApplication)
            }
        }
        guard !setAside.isEmpty else { return (summaries, []) }
        var kept: [ApplicationSummary] = []
        for (index, summary) in summaries.enumerated() where setAside[index] == nil { kept.append(summary) }
        let duplicates = setAside.values.sorted { $0.summary.file < $1.summary.file }
        return (kept, duplicates)
    }

    /// Earliest submission first, a missing date last, then the file path.
    static func earlier(_ a: ApplicationSummary, _ b: ApplicationSummary) -> Bool {
        switch (a.submittedAt, b.submittedAt) {
        case (let x?, let y?) where x.date != y.date: return x.date < y.date
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.file < b.file
        }
    }
}
