import Foundation
public import PTCEModel

extension ApplicationSummary {
    /// Evaluates `application` and keeps its summary; the application can be freed after.
    public init(application: Application, file: String, sha256: String, evaluator: Evaluator) {
        let evaluation = evaluator.evaluate(application)
        var path = BudgetPath()
        for index in 1...3 {
            if case .number(let share) = FactCatalog.ownShare(application, year: index, parameters: evaluator.parameters) {
                path.ownShares[index - 1] = share
            }
        }
        if let totals = FactCatalog.funderTotals(application) {
            let sum = totals.values.reduce(0, +)
            // The largest funder; equal amounts go to the first in ``Funder`` order.
            if sum > 0, let largest = totals.max(by: { $0.value != $1.value ? $0.value < $1.value : $1.key < $0.key }) {
                path.largestFunder = largest.key.label
                path.largestFunderShare = largest.value * 100 / sum
                path.concentration = FactCatalog.herfindahl(totals.values.map { $0 * 100 / sum })
                path.totalResources = sum
            }
        }
        var requested: Decimal?
        if case .number(let amount) = FactCatalog.byName["requestedAmount"]?.value(
            for: application, parameters: evaluator.parameters)
        {
            requested = amount
        }
        self.init(
            file: file, sha256: sha256, name: application.identity.name, call: application.call,
            territory: application.territory?.name, departements: application.territory?.allDepartements ?? [],
            region: Regions.region(of: application.territory), stage: application.identity.stage,
            requestedAmount: requested, submittedAt: application.identity.submittedAt,
            evaluation: evaluation, composition: application.members.map(Composition.init) ?? Composition(),
            budgetPath: path,
            analysis: DescriptiveAnalysis.analyse(application, parameters: evaluator.parameters))
        carrierSIREN = application.carrier?.siren
        carrierName = application.carrier?.name
        projectSummary = application.identity.summary
        sirens = Set([application.carrier?.siren].compactMap { $0 } + (application.members ?? []).compactMap(\.siren))
    }
}
