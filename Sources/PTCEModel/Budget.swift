public import Foundation
import Synchronization

/// The three-year plan: eligible costs and resources by source, per year.
public struct Budget: Sendable, Hashable {
    public var years: [BudgetYear]

    public init(years: [BudgetYear]) { self.years = years.sorted { $0.index < $1.index } }

    /// The plan year with this 1-based index, if given.
    public func year(_ index: Int) -> BudgetYear? { years.first { $0.index == index } }
}

/// One year of the plan.
public struct BudgetYear: Sendable, Hashable {
    /// 1, 2 or 3.
    public var index: Int
    public var calendarYear: Int?
    public var eligibleCosts: Decimal
    public var resources: [Resource]

    public init(index: Int, calendarYear: Int? = nil, eligibleCosts: Decimal, resources: [Resource]) {
        self.index = index
        self.calendarYear = calendarYear
        self.eligibleCosts = eligibleCosts
        self.resources = resources
    }

    /// Sum of every resource line.
    public var totalResources: Decimal { resources.reduce(0) { $0 + $1.amount } }

    /// Sum of the lines from these sources.
    public func total(of sources: Set<ResourceSource>) -> Decimal {
        resources.filter { sources.contains($0.source) }.reduce(0) { $0 + $1.amount }
    }
}

/// One resource line of a budget year.
public struct Resource: Sendable, Hashable {
    public var source: ResourceSource
    /// The funder's name, for display (and to tell funders apart when no member is linked).
    public var funder: String?
    /// The member that funds this line (a local authority that is a member), by id.
    public var funderMember: String?
    public var amount: Decimal

    public init(source: ResourceSource, funder: String? = nil, funderMember: String? = nil, amount: Decimal) {
        self.source = source
        self.funder = funder
        self.funderMember = funderMember
        self.amount = amount
    }
}

/// Where a resource comes from.
public enum ResourceSource: String, Sendable, Hashable, CaseIterable {
    /// The subsidy requested from this call.
    case callRequest = "call-request"
    case localAuthority = "local-authority"
    case stateOther = "state-other"
    case eu
    case foundation
    case sales
    case membershipFees = "membership-fees"
    /// Valued in-kind contributions (counted as own resources only if the call says so).
    case inKind = "in-kind"
    case otherPrivate = "other-private"
    case otherPublic = "other-public"

    /// Monetary own resources: earned income and members' fees.
    public static let monetaryOwn: Set<ResourceSource> = [.sales, .membershipFees]

    public var label: Localized {
        switch self {
        case .callRequest: Localized(fr: "cet appel (demande)", en: "this call (request)")
        case .localAuthority: Localized(fr: "collectivité", en: "local authority")
        case .stateOther: Localized(fr: "autres crédits de l’État", en: "other State funding")
        case .eu: Localized(fr: "fonds européens", en: "EU funds")
        case .foundation: Localized(fr: "fondations, mécénat", en: "foundations, patronage")
        case .sales: Localized(fr: "ventes de biens et services", en: "sales of goods and services")
        case .membershipFees: Localized(fr: "cotisations", en: "membership fees")
        case .inKind: Localized(fr: "apports en nature valorisés", en: "valued in-kind contributions")
        case .otherPrivate: Localized(fr: "autres ressources privées", en: "other private resources")
        case .otherPublic: Localized(fr: "autres ressources publiques", en: "other public resources")
        }
    }
}

/// Who provides a resource: a named funder, or, for an unnamed line, its source.
///
/// Named funders are the same funder when their names match once case, accents, punctuation
/// and spacing are ignored ("Roannais Agglomération" and "ROANNAIS AGGLOMERATION").
public struct Funder: Sendable, Hashable, Comparable {
    /// The identity used to add up a funder's lines.
    public let key: String
    public let label: Localized

    public static func named(_ name: String) -> Funder {
        Funder(key: "name:" + normalize(name), label: .same(name))
    }

    public static func source(_ source: ResourceSource) -> Funder {
        Funder(key: "source:" + source.rawValue, label: source.label)
    }

    /// Lower case, no accents, letters and digits separated by single spaces. Memoised: the
    /// same funders recur in every application of a batch.
    public static func normalize(_ name: String) -> String {
        if let known = normalized.withLock({ $0[name] }) { return known }
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR"))
        let result = folded.split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
        normalized.withLock { cache in
            if cache.count > 10_000 { cache.removeAll() }
            cache[name] = result
        }
        return result
    }

    private static let normalized = Mutex<[String: String]>([:])

    public static func == (lhs: Funder, rhs: Funder) -> Bool { lhs.key == rhs.key }
    public func hash(into hasher: inout Hasher) { hasher.combine(key) }
    public static func < (lhs: Funder, rhs: Funder) -> Bool { lhs.key < rhs.key }
}

extension Resource {
    /// The funder of this line.
    /// A line linked to a member is that member's, whatever name it gives; otherwise lines are
    /// told apart by the funder's normalised name, else by their source.
    public var funderKey: Funder {
        if let funderMember {
            return Funder(key: "member:" + funderMember, label: .same(funder ?? funderMember))
        }
        return funder.map(Funder.named) ?? .source(source)
    }
}
