public import Foundation
public import PTCEModel

/// What a batch keeps of one evaluated application once its document is freed: enough to
/// rank, fund, explain and audit, nothing more.
public struct ApplicationSummary: Sendable {
    /// The path of the application file.
    public var file: String
    /// SHA-256 of the file's bytes, hex, for the audit trail.
    public var sha256: String
    /// The application's id for the jury: its file name without `.xml`.
    public var id: String { ApplicationSummary.id(of: file) }
    /// SIRENs of the carrier and the members, for jurors' conflicts of interest.
    public var sirens: Set<String> {
        get { details.sirens }
        set { details.sirens = newValue }
    }
    /// The carrier's SIREN, kept in the slimmed summary: with the name, it tells the same
    /// application submitted twice (see ``Duplicates``).
    public var carrierSIREN: String?
    /// The carrier's name, for the cards.
    public var carrierName: String?
    /// The project's own summary, for its card (dropped once the card is rendered).
    public var projectSummary: String? {
        get { details.projectSummary }
        set { details.projectSummary = newValue }
    }
    /// The PTCE's name, as the application declares it.
    public var name: String
    /// The call the application declares (`2015`).
    public var call: String
    /// The territory, in words, if given.
    public var territory: String?
    /// The départements the territory covers.
    public var departements: [String]
    /// The region of the territory, if known.
    public var region: String?
    /// How far the cluster has come (emerging, construction…), if given.
    public var stage: Stage?
    /// The amount requested, in euros, if given.
    public var requestedAmount: Decimal?
    /// When the application was submitted, if recorded.
    public var submittedAt: Timestamp?
    /// Its evaluation under the call of the batch.
    public var evaluation: Evaluation
    /// Its members by category.
    public var composition: Composition {
        get { details.composition }
        set { details.composition = newValue }
    }
    /// Its own-resources path and funder concentration.
    public var budgetPath: BudgetPath {
        get { details.budgetPath }
        set { details.budgetPath = newValue }
    }
    /// The jury's descriptive analysis (typology, public actors' role).
    public var analysis: DescriptiveAnalysis {
        get { details.analysis }
        set { details.analysis = newValue }
    }
    /// What the card reads and the ranking does not, held by reference (see ``Details``).
    var box: DetailsBox

    /// The verdict of its evaluation.
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
        copy.box = DetailsBox.dropped
        return copy
    }

    /// Points of a score, by criterion id (nil when undetermined).
    public func points(_ id: String) -> Decimal? {
        evaluation.results.first { $0.id == id }?.points
    }
}

/// Members by category, as article 1 and article 9 classify them.
public struct Composition: Sendable, Hashable {
    /// Enterprises of the social and solidarity economy (article 1 of the 2014 law).
    public var essEnterprises = 0
    /// Enterprises outside the ESS.
    public var conventionalBusinesses = 0
    /// Groupings of enterprises (GIE and the like).
    public var groupings = 0
    /// Local authorities.
    public var localAuthorities = 0
    /// Research centres, higher-education and training bodies.
    public var researchAndEducation = 0
    /// Other legal persons of article 9.
    public var otherPersons = 0
    /// Members whose category or ESS status cannot be told yet.
    public var unclassified = 0
    /// Natural persons (they hold none of the three roles).
    public var naturalPersons = 0
    /// All members.
    public var total = 0

    /// An empty composition.
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
    /// The funder giving the most, in words, if any.
    public var largestFunder: Localized?
    /// That funder's share of all resources, in percent.
    public var largestFunderShare: Decimal?
    /// Herfindahl–Hirschman index of funders' shares (0–10,000).
    public var concentration: Decimal?
    /// All resources over the plan, in euros, if known.
    public var totalResources: Decimal?

    /// An empty path.
    public init() {}
}
