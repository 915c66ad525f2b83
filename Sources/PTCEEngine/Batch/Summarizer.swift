import Foundation
public import PTCEModel

extension ApplicationSummary {
    /// Evaluates `application` and keeps its summary; the application can be freed after.
    public init(application: Application, file: String, sha256: String, evaluator: Evaluator) {
        // The facts the criteria read are computed once, by the evaluation's context.
        let (evaluation, context) = evaluator.evaluation(of: application)
        var path = BudgetPath()
        for index in 1...3 {
            if case .number(let share) = context.fact(FactCatalog.ownShareName(index)) { path.ownShares[index - 1] = share }
        }
        if let totals = FactCatalog.funderTotals(application) {
            let sum = totals.values.reduce(0, +)
            // The largest funder; equal amounts go to the first in ``Funder`` order.
            if sum > 0, let largest = totals.max(by: { $0.value != $1.value ? $0.value < $1.value : $1.key < $0.key }) {
                // Each share once, in the order of the totals.
                let shares = totals.mapValues { $0 * 100 / sum }
                path.largestFunder = largest.key.label
                path.largestFunderShare = shares[largest.key]
                path.concentration = FactCatalog.herfindahl(Array(shares.values))
                path.totalResources = sum
            }
        }
        var requested: Decimal?
        if case .number(let amount) = context.fact("requestedAmount") { requested = amount }
        self.init(
            file: file, sha256: sha256, name: application.identity.name, call: application.call,
            territory: application.territory?.name, departements: application.territory?.allDepartements ?? [],
            region: Regions.region(of: application.territory), stage: application.identity.stage,
            requestedAmount: requested, submittedAt: application.identity.submittedAt,
            evaluation: evaluation,
            box: DetailsBox(
                Details(
                    sirens: Set(
                        [application.carrier?.siren].compactMap { $0 } + (application.members ?? []).compactMap(\.siren)),
                    projectSummary: application.identity.summary,
                    composition: application.members.map(Composition.init) ?? Composition(), budgetPath: path,
                    analysis: DescriptiveAnalysis.analyse(application, parameters: evaluator.parameters))))
        carrierSIREN = application.carrier?.siren
        carrierName = application.carrier?.name
    }
}
