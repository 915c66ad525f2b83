public import Foundation

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
    public var funder: String?
    public var amount: Decimal

    public init(source: ResourceSource, funder: String? = nil, amount: Decimal) {
        self.source = source
        self.funder = funder
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
}
