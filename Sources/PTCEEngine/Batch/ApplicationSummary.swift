public import Foundation
public import PTCEModel

/// What a batch keeps of one evaluated application once its document is freed: enough to
/// rank, fund, explain and audit, nothing more.
public struct ApplicationSummary: Sendable {
    public var file: String
    public var sha256: String
    /// The application's id for the jury: its file name without `.xml`.
    public var id: String { ApplicationSummary.id(of: file) }
    /// SIRENs of the carrier and the members, for jurors' conflicts of interest.
    public var sirens: Set<String> = []
    /// The carrier's SIREN, kept in the slimmed summary: with the name, it tells the same
    /// application submitted twice (see ``Duplicates``).
    public var carrierSIREN: String?
    public var name: String
    public var call: String
    public var territory: String?
    public var departements: [String]
    public var region: String?
    public var stage: Stage?
    public var requestedAmount: Decimal?
    public var submittedAt: Timestamp?
    public var evaluation: Evaluation
    public var composition: Composition
    public var budgetPath: BudgetPath
    public var analysis: DescriptiveAnalysis

    public var status: Status { evaluation.status }

    /// `dir/pollens-2015.xml` → `pollens-2015`.
    public static func id(of file: String) -> String {
        let name = (file as NSString).lastPathComponent
        return name.lowercased().hasSuffix(".xml") ? String(name.dropLast(4)) : name
    }

    /// What the ranking, the funding and the report's lists still read once the application's
    /// card and JSON entry are rendered: identity, totals, the scores' points, the gates that
    /// failed or could not be decided, everything the application must complete (a gate can
    /// pass and still name a member to complete), and the explanations of failed gates (the
    /// ineligible list). Passed gates with nothing to complete, the traces' facts and
    /// parameters, the other explanations, the composition, the budget path, the descriptive
    /// analysis and the members' SIRENs are dropped: a batch of 10,000 then holds a few
    /// megabytes, not a few hundred.
    public func slimmed() -> ApplicationSummary {
        var copy = self
        copy.evaluation.results = evaluation.results.compactMap { result in
            // Passed gates are read by nothing after the card, unless they name what to complete.
            if result.criterion.kind == .gate && result.outcome == .pass && result.trace.missing.isEmpty { return nil }
            var result = result
            result.trace.facts = []
            result.trace.parameters = []
            if !(result.criterion.kind == .gate && result.outcome == .fail) { result.explanation = Localized(fr: "", en: "") }
            return result
        }
        copy.sirens = []
        copy.composition = Composition()
        copy.budgetPath = BudgetPath()
        copy.budgetPath.ownShares = []
        copy.analysis = DescriptiveAnalysis(type: nil, publicRole: nil, reasoning: Localized(fr: "", en: ""))
        return copy
    }

    /// Points of a score, by criterion id (nil when undetermined).
    public func points(_ id: String) -> Decimal? {
        evaluation.results.first { $0.id == id }?.points
    }
}

/// Members by category, as article 1 and article 9 classify them.
public struct Composition: Sendable, Hashable {
    public var essEnterprises = 0
    public var conventionalBusinesses = 0
    public var groupings = 0
    public var localAuthorities = 0
    public var researchAndEducation = 0
    public var otherPersons = 0
    public var unclassified = 0
    public var naturalPersons = 0
    public var total = 0

    public init() {}

    /// Counts members by ESS status and by declared category, separately: an association that
    /// is a training body counts among the ESS enterprises *and* the training bodies.
    public init(_ members: [Member]) {
        total = members.count
        for member in members {
            if !member.isLegalPerson { naturalPersons += 1 }
            switch Article1.classify(member) {
            case .ess: essEnterprises += 1
            case .conventional: conventionalBusinesses += 1
            case .groupingMostlyEss, .groupingMostlyNonEss: groupings += 1
            case .unknown: unclassified += 1
            case .notEnterprise: break
            }
            switch member.category {
            case .localAuthority?: localAuthorities += 1
            case .researchCentre?, .higherEducation?, .trainingBody?: researchAndEducation += 1
            case .other?: otherPersons += 1
            default: break
            }
        }
    }
}

/// Own-resources share per plan year, and how concentrated the funding is.
public struct BudgetPath: Sendable, Hashable {
    /// Own-resources share (percent) for years 1, 2, 3; nil where the year is missing.
    public var ownShares: [Decimal?] = [nil, nil, nil]
    public var largestFunder: Localized?
    public var largestFunderShare: Decimal?
    /// Herfindahl–Hirschman index of funders' shares (0–10,000).
    public var concentration: Decimal?
    public var totalResources: Decimal?

    public init() {}
}
