import Foundation
import PTCEEngine
import PTCEFormats
import PTCEModel
import PTCEPipeline
import TestSupport
import Testing

/// The "what if" engine: criteria diffs and two rankings of the same batch compared.
@Suite struct ComparisonTests {
    let criteria2015: CriteriaFile
    let criteria2013: CriteriaFile

    init() throws {
        criteria2015 = try #require(try Calls.load("2015").first)
        criteria2013 = try #require(try Calls.load("2013").first)
    }

    @Test func aFileComparedWithItselfHasNoDifference() {
        #expect(CriteriaDiff(base: criteria2015, alternative: criteria2015).isEmpty)
    }

    @Test func aParameterChangeNamesTheCriteriaItReaches() throws {
        var values = criteria2015.defaults
        values.values["selfFinancingMinimum"] = .number(6)
        let diff = CriteriaDiff(base: criteria2015, alternative: criteria2015, alternativeValues: values)
        #expect(diff.changes.count == 1)
        let change = try #require(diff.changes.first)
        #expect(change.subject == .parameter && change.aspect == .value && change.id == "selfFinancingMinimum")
        guard case .parameter(.number(let before), _) = change.before, case .parameter(.number(let after), _) = change.after
        else {
            Issue.record("values expected")
            return
        }
        #expect(before == 4 && after == 6)
        let readers = criteria2015.criteria.filter { $0.minimumParameter == "selfFinancingMinimum" }.map(\.id)
        #expect(!readers.isEmpty && change.affects == readers)
    }

    @Test func aParameterReadThroughAFactReachesTheCriteriaOfThatFact() throws {
        var values = criteria2015.defaults
        values.values["inKindCountsAsOwn"] = .boolean(true)
        let change = try #require(
            CriteriaDiff(base: criteria2015, alternative: criteria2015, alternativeValues: values).changes.first)
        let readers = criteria2015.criteria.filter { criterion in
            ((criterion.rule?.facts ?? []) + (criterion.scale?.facts ?? [])).contains { fact in
                FactCatalog.byName[fact.name]?.parameters.contains("inKindCountsAsOwn") == true
            }
        }
        #expect(!readers.isEmpty)
        #expect(Set(readers.map(\.id)).isSubset(of: Set(change.affects)))
    }

    @Test func anotherCallDiffersInItsCallCriteriaAndParameters() {
        let diff = CriteriaDiff(base: criteria2015, alternative: criteria2013)
        let ids2015 = Set(criteria2015.criteria.map(\.id))
        let ids2013 = Set(criteria2013.criteria.map(\.id))
        let removed = Set(diff.changes.filter { $0.subject == .criterion && $0.aspect == .removed }.map(\.id))
        let added = Set(diff.changes.filter { $0.subject == .criterion && $0.aspect == .added }.map(\.id))
        #expect(removed == ids2015.subtracting(ids2013))
        #expect(added == ids2013.subtracting(ids2015))
        #expect(diff.changes.contains { $0.subject == .call && $0.aspect == .callTitle })
        // The same change read the other way round swaps the sides.
        let back = CriteriaDiff(base: criteria2013, alternative: criteria2015)
        #expect(
            Set(back.changes.filter { $0.aspect == .added }.map(\.id))
                == removed.union(
                    diff.changes.filter { $0.subject == .parameter && $0.aspect == .removed }.map(\.id)))
    }

    @Test func rulesAreComparedByTheirLogicNotTheirLines() {
        let a = Rule.all([.compare(fact: "x", op: .ge, operand: .parameter("p"), line: 3)], line: 2)
        let b = Rule.all([.compare(fact: "x", op: .ge, operand: .parameter("p"), line: 30)], line: 20)
        let c = Rule.all([.compare(fact: "x", op: .gt, operand: .parameter("p"), line: 3)], line: 2)
        #expect(a.signature == b.signature)
        #expect(a.signature != c.signature)
    }

    /// The samples ranked under the 2015 defaults and under a stricter minimum total.
    func compared(minimumTotal: Decimal, reversed: Bool = false) throws -> RankingComparison {
        let files = InputFiles.expand([Repository.path("SampleApplications")]).files
        let strict = Evaluator(criteria: criteria2015, overrides: ["minimumTotal": .number(minimumTotal)])
        let standard = Evaluator(criteria: criteria2015)
        let (base, alternative) = reversed ? (strict, standard) : (standard, strict)
        let pair = Batch(loader: try ApplicationLoader.standard(), evaluator: base).run(files, alternative: alternative)
        #expect(pair.base.map(\.sha256) == pair.alternative.map(\.sha256), "the same files, read once")
        let rank = { (entries: [BatchEntry], evaluator: Evaluator) in
            RankedBatch(entries: entries, criteria: self.criteria2015, parameters: evaluator.parameters)
        }
        let diff = CriteriaDiff(
            base: criteria2015, baseValues: base.parameters, alternative: criteria2015,
            alternativeValues: alternative.parameters)
        return RankingComparison(
            base: rank(pair.base, base), alternative: rank(pair.alternative, alternative), diff: diff)
    }

    @Test func aStricterMinimumTotalTakesApplicationsOffTheFundedList() throws {
        // The jury's marks still awaited count as headroom: 95 is out of reach for some even with full marks.
        let comparison = try compared(minimumTotal: 95)
        #expect(!comparison.leaving.isEmpty)
        #expect(comparison.entering.isEmpty)
        for row in comparison.leaving {
            #expect(row.base.funded && !row.alternative.funded)
            #expect(row.alternative.status == .belowThreshold)
            #expect(row.alternative.total < 95)
            #expect(row.pointChanges.isEmpty, "the points are the same; the threshold moved")
        }
        #expect(comparison.baseFunding.funded - comparison.leaving.count == comparison.alternativeFunding.funded)
        #expect(comparison.diff.changes.map(\.id) == ["minimumTotal"])
        // Read the other way round, the same applications enter.
        let back = try compared(minimumTotal: 95, reversed: true)
        #expect(Set(back.entering.map(\.file)) == Set(comparison.leaving.map(\.file)))
        #expect(comparison.rows.prefix(comparison.leaving.count).allSatisfy { $0.movement == .leaves })
    }

    @Test func pointChangesAreListedPerCriterionAndApplication() throws {
        let files = InputFiles.expand([Repository.path("SampleApplications")]).files
        let base = Evaluator(criteria: criteria2015)
        let alternative = Evaluator(criteria: criteria2015, overrides: ["jobsForFullMarks": .number(40)])
        let pair = Batch(loader: try ApplicationLoader.standard(), evaluator: base).run(files, alternative: alternative)
        let comparison = RankingComparison(
            base: RankedBatch(entries: pair.base, criteria: criteria2015, parameters: base.parameters),
            alternative: RankedBatch(entries: pair.alternative, criteria: criteria2015, parameters: alternative.parameters),
            diff: CriteriaDiff(
                base: criteria2015, alternative: criteria2015, alternativeValues: alternative.parameters))
        let shifted = comparison.shifts.map(\.criterion)
        let change = try #require(comparison.diff.changes.first)
        #expect(!shifted.isEmpty)
        #expect(Set(shifted).isSubset(of: Set(change.affects)), "only criteria the parameter reaches move")
        for shift in comparison.shifts { #expect(shift.totalChange < 0, "more jobs for full marks: fewer points") }
        for row in comparison.rows where !row.pointChanges.isEmpty {
            let sum = row.pointChanges.map { ($0.after ?? 0) - ($0.before ?? 0) }.reduce(0, +)
            #expect(row.alternative.total - row.base.total == sum)
        }
    }
}
