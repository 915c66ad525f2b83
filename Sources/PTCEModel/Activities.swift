public import Foundation

/// The common strategy: pooling, cooperation and partnership actions.
public struct Strategy: Sendable, Hashable {
    public var summary: String?
    public var actions: [Action]

    public init(summary: String? = nil, actions: [Action] = []) {
        self.summary = summary
        self.actions = actions
    }

    /// One action of the strategy, with the members taking part and what they share.
    public struct Action: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            case pooling, cooperation, partnership
            case valueChain = "value-chain"
        }

        public var kind: Kind
        public var title: String
        public var description: String?
        public var shares: [SharedResource]
        public var memberIDs: [String]

        public init(
            kind: Kind, title: String, description: String? = nil, shares: [SharedResource] = [],
            memberIDs: [String] = []
        ) {
            self.kind = kind
            self.title = title
            self.description = description
            self.shares = shares
            self.memberIDs = memberIDs
        }
    }
}

/// Means the members pool.
public enum SharedResource: String, Sendable, Hashable, CaseIterable {
    case sharedJobs = "shared-jobs"
    case employerGrouping = "employer-grouping"
    case sharedPremises = "shared-premises"
    case groupPurchasing = "group-purchasing"
    case hrFunction = "hr-function"
    case equipment
    case services
}

/// The innovative character of the project, as stated.
public struct Innovation: Sendable, Hashable {
    public var social: Bool?
    public var technological: Bool?
    public var description: String?

    public init(social: Bool? = nil, technological: Bool? = nil, description: String? = nil) {
        self.social = social
        self.technological = technological
        self.description = description
    }
}

/// An economic project of the cluster.
public struct Project: Sendable, Hashable {
    public var title: String
    public var activity: String?
    public var jobsCreatedFte: Decimal?
    public var insertionJobs: Int?
    public var newStructure: Bool?

    public init(
        title: String, activity: String? = nil, jobsCreatedFte: Decimal? = nil, insertionJobs: Int? = nil,
        newStructure: Bool? = nil
    ) {
        self.title = title
        self.activity = activity
        self.jobsCreatedFte = jobsCreatedFte
        self.insertionJobs = insertionJobs
        self.newStructure = newStructure
    }
}

/// Bodies, colleges and who deliberates.
public struct Governance: Sendable, Hashable {
    public struct Body: Sendable, Hashable {
        public var name: String
        public var colleges: [College]

        public init(name: String, colleges: [College] = []) {
            self.name = name
            self.colleges = colleges
        }
    }

    public struct College: Sendable, Hashable {
        public var name: String
        public var seats: Int

        public init(name: String, seats: Int) {
            self.name = name
            self.seats = seats
        }
    }

    public enum Deliberator: String, Sendable, Hashable, CaseIterable {
        case employees, volunteers, beneficiaries, citizens
        case publicBodies = "public-bodies"
        case memberOrganisations = "member-organisations"

        public var label: Localized {
            switch self {
            case .employees: Localized(fr: "salariés", en: "employees")
            case .volunteers: Localized(fr: "bénévoles", en: "volunteers")
            case .beneficiaries: Localized(fr: "bénéficiaires", en: "beneficiaries")
            case .citizens: Localized(fr: "citoyens", en: "citizens")
            case .publicBodies: Localized(fr: "personnes publiques", en: "public bodies")
            case .memberOrganisations: Localized(fr: "organisations membres", en: "member organisations")
            }
        }
    }

    public var bodies: [Body]
    /// Nil when the applicant did not say who deliberates.
    public var deliberators: [Deliberator]?

    public init(bodies: [Body] = [], deliberators: [Deliberator]? = nil) {
        self.bodies = bodies
        self.deliberators = deliberators
    }
}

/// State support already received under a previous PTCE call.
public struct PreviousSupport: Sendable, Hashable {
    public var received: Bool
    public var call: String?
    public var amount: Decimal?

    public init(received: Bool, call: String? = nil, amount: Decimal? = nil) {
        self.received = received
        self.call = call
        self.amount = amount
    }
}

/// A document joined to the application.
public struct Attachment: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case statutes, budget
        case supportLetter = "support-letter"
        case partnershipAgreement = "partnership-agreement"
        case other
    }

    public var kind: Kind
    public var title: String
    public var file: String?
    public var fromMemberID: String?

    public init(kind: Kind, title: String, file: String? = nil, fromMemberID: String? = nil) {
        self.kind = kind
        self.title = title
        self.file = file
        self.fromMemberID = fromMemberID
    }
}
