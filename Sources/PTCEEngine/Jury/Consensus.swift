public import Foundation
public import PTCEModel

/// How the jury's marks become a consensus.
public struct JurySettings: Sendable, Hashable {
    /// How a criterion's marks are combined.
    public enum Aggregate: String, Sendable, CaseIterable {
        /// The median of the marks, or their mean.
        case median, mean
    }

    /// Median (the default) or mean of the marks.
    public var aggregate: Aggregate
    /// Fewest marks per criterion for a consensus; below it the application awaits marks.
    public var minimumMarks: Int
    /// A spread (highest − lowest mark) above this on a criterion is flagged for discussion.
    public var disagreement: Decimal
    /// Jurors shown as "juror 1, 2…" in reports instead of their ids.
    public var anonymise: Bool

    /// Settings with the defaults of `ptce rank`.
    public init(aggregate: Aggregate = .median, minimumMarks: Int = 2, disagreement: Decimal = 2, anonymise: Bool = false) {
        self.aggregate = aggregate
        self.minimumMarks = minimumMarks
        self.disagreement = disagreement
        self.anonymise = anonymise
    }
}

/// The jury's view of one application.
public struct ApplicationJury: Sendable {
    /// Accepted marks per criterion id, by juror id, sorted by juror.
    public var marks: [String: [(juror: String, value: Decimal)]] = [:]
    /// Consensus per criterion id (only where there are enough marks).
    public var consensus: [String: Decimal] = [:]
    /// Points for the committee to discuss.
    public var flags: [JuryFlag] = []

    /// No marks yet.
    public init() {}
}

/// Marks checked against the jury, the applications and the criteria, then aggregated.
public struct JuryOutcome: Sendable {
    /// The settings the consensus was reached with.
    public var settings: JurySettings
    /// The jury's view of each application, by application id.
    public var applications: [String: ApplicationJury]
    /// Marks refused, each naming juror (or their anonymised label) and application and why.
    public var refused: [Problem]
    /// Problems in the sheets themselves (unreadable rows, contradictory marks): they name
    /// sheet files, which carry jurors' ids, so reports show them only when not anonymised.
    public var sheetProblems: [Problem]
    /// Jurors of the panel who sent no sheet, or a sheet without a single mark, one problem
    /// each (`jury.sheet-missing`, `jury.sheet-empty`), naming the juror (or their number).
    public var missingSheets: [Problem] = []
    /// Sheets read, with their SHA-256.
    public var files: [(path: String, sha256: String)]
    /// Juror ids in order, for anonymised labels.
    public var jurorOrder: [String]

    /// How a juror is shown in reports.
    public func label(_ juror: String, language: Language) -> String {
        guard settings.anonymise, let index = jurorOrder.firstIndex(of: juror) else { return juror }
        return language == .fr ? "juré \(index + 1)" : "juror \(index + 1)"
    }

    /// Checks the marks of `sheets` against the jurors, the applications and the criteria, then
    /// aggregates the accepted ones per application and criterion.
    ///
    /// `jurorOrder` lists the jurors' ids in the order anonymised labels number them ("juror 1",
    /// "juror 2"…); the file formats give one that follows a hash of the ids.
    public init(
        sheets: LoadedMarks, jurors: [Juror], summaries: [ApplicationSummary], criteria: CriteriaFile,
        settings: JurySettings, jurorOrder: [String]
    ) {
        self.settings = settings
        files =
            settings.anonymise
            ? sheets.files.enumerated().map { ("sheet \($0.offset + 1)", $0.element.sha256) } : sheets.files
        refused = []
        sheetProblems = sheets.problems
        self.jurorOrder = jurorOrder
        applications = [:]
        let jurorsByID = Dictionary(uniqueKeysWithValues: jurors.map { ($0.id, $0) })
        let summariesByID = Dictionary(summaries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let inputs = Dictionary(
            uniqueKeysWithValues: criteria.criteria.compactMap { criterion in
                criterion.scale?.jurorInput.map { (criterion.id, $0) }
            })
        let shown = JurorNames(jurors: jurors, order: jurorOrder, anonymise: settings.anonymise)
        func title(_ id: String) -> Localized { criteria.criteria.first { $0.id == id }?.title ?? .same(id) }
        func refuse(_ mark: JurorMark, _ refusal: MarkRefusal) {
            // Anonymised, a refusal names neither the juror nor the sheet (whose name is the juror's id).
            let location =
                settings.anonymise
                ? SourceLocation(file: shown(mark.juror).en, line: 0) : SourceLocation(file: mark.file, line: mark.line)
            refused.append(
                Problem(
                    kind: .value, location: location,
                    message: refusal.message(
                        juror: shown(mark.juror), application: mark.application, criterion: title(mark.criterion)),
                    code: refusal.code))
        }
        for mark in sheets.marks {
            if let call = mark.call, call != criteria.call.id {
                refuse(mark, .otherCall(sheet: call, batch: criteria.call.id))
                continue
            }
            guard let juror = jurorsByID[mark.juror] else {
                refuse(mark, .unknownJuror(mark.juror))
                continue
            }
            guard let summary = summariesByID[mark.application] else {
                refuse(mark, .unknownApplication(mark.application))
                continue
            }
            guard let input = inputs[mark.criterion] else {
                refuse(mark, .notMarked)
                continue
            }
            if let reason = juror.conflict(with: summary.id, sirens: summary.sirens) {
                refuse(mark, .conflict(settings.anonymise ? nil : reason))
                continue
            }
            guard input.accepts(mark.value) else {
                refuse(mark, .offScale(mark.value, input))
                continue
            }
            applications[summary.id, default: ApplicationJury()].marks[mark.criterion, default: []].append(
                (mark.juror, mark.value))
        }
        missingSheets = shown.missingSheets(sheets)
        // Only applications the jury reads: those that pass every gate.
        for summary in summaries where summary.status == .eligible || summary.status == .belowThreshold {
            var jury = applications[summary.id] ?? ApplicationJury()
            for id in inputs.keys.sorted() {
                let values = (jury.marks[id] ?? []).sorted { $0.juror < $1.juror }
                jury.marks[id] = values
                guard values.count >= settings.minimumMarks else {
                    jury.flags.append(
                        .notEnoughMarks(criterion: id, title: title(id), count: values.count, required: settings.minimumMarks))
                    continue
                }
                let numbers = values.map(\.value).sorted()
                jury.consensus[id] = JuryOutcome.aggregate(numbers, settings.aggregate)
                if let low = numbers.first, let high = numbers.last, high - low > settings.disagreement {
                    let marks = values.sorted { ($0.value, $0.juror) < ($1.value, $1.juror) }.map {
                        JuryFlag.Mark(juror: shown($0.juror), value: $0.value)
                    }
                    jury.flags.append(.disagreement(criterion: id, title: title(id), spread: high - low, marks: marks))
                }
            }
            applications[summary.id] = jury
        }
    }

    /// Median (mean of the two middle values for an even count) or mean, to hundredths.
    static func aggregate(_ sorted: [Decimal], _ method: JurySettings.Aggregate) -> Decimal {
        switch method {
        case .mean:
            return Format.rounded(sorted.reduce(0, +) / Decimal(sorted.count), 2)
        case .median:
            let middle = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[middle] : Format.rounded((sorted[middle - 1] + sorted[middle]) / 2, 2)
        }
    }
}
