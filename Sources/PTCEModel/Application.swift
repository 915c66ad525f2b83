public import Foundation

/// A PTCE application, decoded from a validated XML file.
///
/// Optional properties are facts the applicant may leave out: the engine reports the
/// criteria it then cannot decide. An empty list and an absent list differ: `members == nil`
/// means the `<members>` section is missing.
public struct Application: Sendable, Hashable {
    /// The call the applicant targets, e.g. "2015".
    public var call: String
    public var identity: Identity
    public var carrier: Carrier?
    public var members: [Member]?
    public var territory: Territory?
    public var strategy: Strategy?
    public var innovation: Innovation?
    public var projects: [Project]?
    public var budget: Budget?
    public var governance: Governance?
    public var previousSupport: PreviousSupport?
    public var attachments: [Attachment]

    public init(
        call: String, identity: Identity, carrier: Carrier? = nil, members: [Member]? = nil,
        territory: Territory? = nil, strategy: Strategy? = nil, innovation: Innovation? = nil,
        projects: [Project]? = nil, budget: Budget? = nil, governance: Governance? = nil,
        previousSupport: PreviousSupport? = nil, attachments: [Attachment] = []
    ) {
        self.call = call
        self.identity = identity
        self.carrier = carrier
        self.members = members
        self.territory = territory
        self.strategy = strategy
        self.innovation = innovation
        self.projects = projects
        self.budget = budget
        self.governance = governance
        self.previousSupport = previousSupport
        self.attachments = attachments
    }
}

/// Who applies, when, at which stage, for how much.
public struct Identity: Sendable, Hashable {
    public var name: String
    public var submittedAt: Timestamp?
    public var stage: Stage?
    public var summary: String?
    public var requestedAmount: Decimal?
    /// The public actors' role, as the application declares who initiated and carries the project.
    public var publicRole: PublicRole?

    public init(
        name: String, submittedAt: Timestamp? = nil, stage: Stage? = nil, summary: String? = nil,
        requestedAmount: Decimal? = nil, publicRole: PublicRole? = nil
    ) {
        self.publicRole = publicRole
        self.name = name
        self.submittedAt = submittedAt
        self.stage = stage
        self.summary = summary
        self.requestedAmount = requestedAmount
    }
}

/// A project's maturity, as the 2015 call distinguishes them.
public enum Stage: String, Sendable, Hashable, CaseIterable {
    case construction
    case consolidation
}

/// The public actors' role in a PTCE (Gianfaldoni): who initiated and carries the project.
public enum PublicRole: String, Sendable, Hashable, CaseIterable {
    case marginal
    case facilitator
    /// Délégateur: the public body delegates a public service to the cluster.
    case delegator
    case holder
}

/// The legal person that carries the PTCE.
public struct Carrier: Sendable, Hashable {
    public var name: String
    public var legalForm: LegalForm?
    public var siren: String?
    /// Whether the carrier is a private-law legal person, as the applicant states it.
    public var privateLaw: Bool?
    public var created: Int?
    /// The member id of the carrier, when it is also listed as a member.
    public var memberID: String?
    /// True when the carrier is the PTCE's own legal person, created for it: it is then not one
    /// of its own members for the composition test. Nil when the application does not say.
    public var ownLegalPerson: Bool?

    public init(
        name: String, legalForm: LegalForm? = nil, siren: String? = nil, privateLaw: Bool? = nil,
        created: Int? = nil, memberID: String? = nil, ownLegalPerson: Bool? = nil
    ) {
        self.ownLegalPerson = ownLegalPerson
        self.name = name
        self.legalForm = legalForm
        self.siren = siren
        self.privateLaw = privateLaw
        self.created = created
        self.memberID = memberID
    }
}
