public import Foundation
public import PTCEModel

/// The differences between two sets of rules, for a jury: the call's money and dates, the
/// parameters' values in force, each criterion's kind, weight, minimum, rule or scale, the
/// minimum total and the tie-break order. Pure values; reports put them in words.
///
/// The two sides are a criteria file with the parameter values in force (defaults, then a
/// jury's `--set`): the same file under two sets of values differs only in its parameters.
public struct CriteriaDiff: Sendable {
    /// What a change is about.
    public enum Subject: String, Sendable, Codable, CaseIterable {
        /// The call's identity, money or dates.
        case call
        /// A parameter's value in force.
        case parameter
        /// A gate or a score.
        case criterion
        /// The minimum total or the tie-break order.
        case ranking
    }

    /// Which property changed.
    public enum Aspect: String, Sendable, Codable, CaseIterable {
        /// Only on the alternative side.
        case added
        /// Only on the base side.
        case removed
        /// A parameter's value in force.
        case value
        /// A criterion's title, kind (gate or score), points, minimum, rule, scale or source.
        case title, kind, weight, minimum, rule, scale, source
        /// The call's title, envelope, award limits and dates.
        case callTitle, envelope, minimumAward, maximumAward, opens, deadline
        /// The minimum total of the ranking.
        case minimumTotal
        /// The tie-break order.
        case tieBreak
    }

    /// One side of a change.
    public enum Value: Sendable {
        /// A parameter's value, with its type for formatting.
        case parameter(ParameterValue, ValueType)
        /// An amount in euros.
        case amount(Decimal)
        /// A number of points.
        case points(Decimal)
        /// A date and time.
        case date(Timestamp)
        /// A text in both languages (a title, a source).
        case text(Localized)
        /// A criterion as a whole: gate, or score with its points.
        case criterion(Criterion)
        /// A gate's rule.
        case rule(Rule)
        /// A score's scale.
        case scale(Scale)
        /// A threshold set by a literal, a parameter or a property of the call.
        case operand(Operand)
        /// A minimum given by the named parameter.
        case parameterName(String)
        /// The tie-break keys, in order.
        case tieBreak([TieBreakKey])
        /// Nothing on this side (no minimum, no deadline).
        case none
    }

    /// One difference.
    public struct Change: Sendable {
        /// What it is about.
        public var subject: Subject
        /// The parameter's name or the criterion's id; the call's id for the call; empty for the ranking.
        public var id: String
        /// The parameter's label or the criterion's title (the alternative's when both have it).
        public var title: Localized
        /// Which property changed.
        public var aspect: Aspect
        /// The base side.
        public var before: Value
        /// The alternative side.
        public var after: Value
        /// For a parameter: the criteria (ids) that read it, on either side.
        public var affects: [String] = []
    }

    /// The base side's rules and parameter values in force.
    public var base: CriteriaFile
    public var baseValues: ParameterValues
    /// The alternative side's rules and parameter values in force.
    public var alternative: CriteriaFile
    public var alternativeValues: ParameterValues
    /// Every difference, call first, then parameters, criteria and the ranking's rules.
    public var changes: [Change]

    /// Whether the two sides decide every application the same way.
    public var isEmpty: Bool { changes.isEmpty }

    /// The differences between `base` under `baseValues` and `alternative` under
    /// `alternativeValues` (each defaults to its file's defaults).
    public init(
        base: CriteriaFile, baseValues: ParameterValues? = nil, alternative: CriteriaFile,
        alternativeValues: ParameterValues? = nil
    ) {
        self.base = base
        self.alternative = alternative
        self.baseValues = baseValues ?? base.defaults
        self.alternativeValues = alternativeValues ?? alternative.defaults
        changes = []
        changes += callChanges()
        changes += parameterChanges()
        changes += criterionChanges()
        changes += rankingChanges()
    }

    /// The title of a criterion id on either side (the alternative's first), or the id.
    public func title(of id: String) -> Localized {
        (alternative.criteria.first { $0.id == id } ?? base.criteria.first { $0.id == id })?.title ?? .same(id)
    }

    private func callChanges() -> [Change] {
        let (a, b) = (base.call, alternative.call)
        var changes: [Change] = []
        func add(_ aspect: Aspect, _ before: Value, _ after: Value) {
            changes.append(Change(subject: .call, id: b.id, title: b.title, aspect: aspect, before: before, after: after))
        }
        if a.id != b.id || a.title != b.title { add(.callTitle, .text(a.title), .text(b.title)) }
        if a.envelope != b.envelope { add(.envelope, .amount(a.envelope), .amount(b.envelope)) }
        if a.minimumAward != b.minimumAward { add(.minimumAward, .amount(a.minimumAward), .amount(b.minimumAward)) }
        if a.maximumAward != b.maximumAward { add(.maximumAward, .amount(a.maximumAward), .amount(b.maximumAward)) }
        if a.opens != b.opens { add(.opens, a.opens.map(Value.date) ?? .none, b.opens.map(Value.date) ?? .none) }
        if a.deadline != b.deadline {
            add(.deadline, a.deadline.map(Value.date) ?? .none, b.deadline.map(Value.date) ?? .none)
        }
        return changes
    }

    private func parameterChanges() -> [Change] {
        let names = base.parameters.map(\.name) + alternative.parameters.map(\.name).filter { base.parameter($0) == nil }
        return names.compactMap { name -> Change? in
            let old = base.parameter(name)
            let new = alternative.parameter(name)
            let readers = (alternative.criteria + base.criteria).filter { $0.parametersRead.contains(name) }.map(\.id)
            let affects = readers.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            let label = (new ?? old)?.label ?? .same(name)
            func value(_ parameter: Parameter?, _ values: ParameterValues) -> Value {
                guard let parameter else { return .none }
                return .parameter(values[name] ?? parameter.defaultValue, parameter.type)
            }
            let before = value(old, baseValues)
            let after = value(new, alternativeValues)
            let aspect: Aspect
            switch (old, new) {
            case (nil, _?): aspect = .added
            case (_?, nil): aspect = .removed
            default:
                guard baseValues[name] ?? old?.defaultValue != alternativeValues[name] ?? new?.defaultValue else {
                    return nil
                }
                aspect = .value
            }
            return Change(
                subject: .parameter, id: name, title: label, aspect: aspect, before: before, after: after, affects: affects)
        }
    }

    private func criterionChanges() -> [Change] {
        let ids =
            base.criteria.map(\.id) + alternative.criteria.map(\.id).filter { id in !base.criteria.contains { $0.id == id } }
        return ids.flatMap { id in
            Self.changes(
                of: id, from: base.criteria.first { $0.id == id }, to: alternative.criteria.first { $0.id == id })
        }
    }

    /// The changes of one criterion between the two files. (Written without a closure that appends
    /// to a captured array: Swift 6.3's optimizer crashed on that shape in release builds.)
    private static func changes(of id: String, from old: Criterion?, to new: Criterion?) -> [Change] {
        let title = (new ?? old)?.title ?? .same(id)
        let aspects: [(aspect: Aspect, before: Value, after: Value)]
        switch (old, new) {
        case (nil, let new?): aspects = [(.added, .none, .criterion(new))]
        case (let old?, nil): aspects = [(.removed, .criterion(old), .none)]
        case (let old?, let new?): aspects = differences(old, new)
        case (nil, nil): aspects = []
        }
        return aspects.map {
            Change(subject: .criterion, id: id, title: title, aspect: $0.aspect, before: $0.before, after: $0.after)
        }
    }

    /// What differs between two versions of a criterion, property by property.
    private static func differences(_ old: Criterion, _ new: Criterion) -> [(
        aspect: Aspect, before: Value, after: Value
    )] {
        var found: [(aspect: Aspect, before: Value, after: Value)] = []
        if old.title != new.title { found.append((.title, .text(old.title), .text(new.title))) }
        if old.kind != new.kind { found.append((.kind, .criterion(old), .criterion(new))) }
        if old.weight != new.weight {
            found.append((.weight, old.weight.map(Value.points) ?? .none, new.weight.map(Value.points) ?? .none))
        }
        let oldMinimum = minimum(old)
        let newMinimum = minimum(new)
        if oldMinimum.signature != newMinimum.signature { found.append((.minimum, oldMinimum.value, newMinimum.value)) }
        if old.rule?.signature != new.rule?.signature {
            found.append((.rule, old.rule.map(Value.rule) ?? .none, new.rule.map(Value.rule) ?? .none))
        }
        if old.scale?.signature != new.scale?.signature || old.adjustParameter != new.adjustParameter {
            found.append((.scale, old.scale.map(Value.scale) ?? .none, new.scale.map(Value.scale) ?? .none))
        }
        if old.source != new.source { found.append((.source, .text(.same(old.source)), .text(.same(new.source)))) }
        return found
    }

    /// A criterion's minimum as written: a parameter's name, a number of points, or none.
    private static func minimum(_ criterion: Criterion) -> (signature: String, value: Value) {
        if let name = criterion.minimumParameter { return ("param:\(name)", .parameterName(name)) }
        if let points = criterion.minimum { return ("points:\(points)", .points(points)) }
        return ("none", .none)
    }

    private func rankingChanges() -> [Change] {
        var changes: [Change] = []
        if base.minimumTotal?.signature != alternative.minimumTotal?.signature {
            changes.append(
                Change(
                    subject: .ranking, id: "", title: .same(""), aspect: .minimumTotal,
                    before: base.minimumTotal.map(Value.operand) ?? .none,
                    after: alternative.minimumTotal.map(Value.operand) ?? .none))
        }
        func keys(_ file: CriteriaFile) -> String {
            file.tieBreak.map { key -> String in
                let target =
                    switch key.target {
                    case .criterion(let id): "criterion:\(id)"
                    case .fact(let name): "fact:\(name)"
                    }
                return target + (key.descending ? "↓" : "↑")
            }.joined(separator: ",")
        }
        if keys(base) != keys(alternative) {
            changes.append(
                Change(
                    subject: .ranking, id: "", title: .same(""), aspect: .tieBreak, before: .tieBreak(base.tieBreak),
                    after: .tieBreak(alternative.tieBreak)))
        }
        return changes
    }
}
