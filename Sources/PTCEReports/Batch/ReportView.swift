import Foundation
import Mustache
import PTCEEngine
import PTCEModel

/// The report as plain values for the templates (HTML and Markdown): every text already in
/// the report's language, every number already formatted.
struct ReportView {
    let context: ReportContext
    let text: ReportText
    /// Escapes a value for its destination: control characters and bidirectional overrides
    /// shown visibly (``VisibleText``); HTML escaping is the template's; Markdown tables need
    /// `|` escaped.
    let cell: (String) -> String
    /// The cards' builder, with this report's language, criteria and jury.
    let cards: CardView

    init(_ context: ReportContext, cell: @escaping (String) -> String = HTMLReport.cell) {
        self.context = context
        self.text = ReportText(language: context.language)
        self.cell = cell
        cards = CardView(
            language: context.language, criteria: context.batch.criteria, jury: context.batch.jury, root: context.root,
            cell: cell)
    }

    var batch: RankedBatch { context.batch }

    /// A file name for the report, relative to the batch's folder: a line break in it is shown
    /// too, never obeyed.
    func file(_ path: String) -> String { cards.file(path) }

    func build() -> [String: Any] {
        let call = batch.criteria.call
        let counts = batch.counts
        var view: [String: Any] = [
            "lang": context.language.rawValue,
            "title": text(.title) + " — " + call.title(context.language),
            "callTitle": cell(call.title(context.language)),
            "callID": call.id,
            "asOf": Format.day(context.asOf, language: context.language),
            "toolVersion": context.toolVersion,
            "root": cell(VisibleText.escape(context.root)),
            "hasRoot": !context.root.isEmpty,
            "style": ReportTemplates.style,
            // Links to a card: an anchor in the report, or a page of its own (see ``HTMLReport``).
            "cardBase": context.cardPages ? HTMLReport.pagesFolder + "/" : "#",
            "cardExt": context.cardPages ? ".html" : "",
            "cardPages": context.cardPages,
        ].merging(cards.shared) { mine, _ in mine }
        view["committee"] = CommitteeSummary(batch, language: context.language).view(text: text, cell: cell)
        view["counts"] = [
            (ReportLabel.countReceived, counts.received), (.countUnreadable, counts.unreadable),
            (.countIneligible, counts.ineligible), (.countIncomplete, counts.incomplete), (.countEligible, counts.eligible),
            (.countBelowThreshold, counts.belowThreshold), (.countPendingMarks, counts.pendingMarks),
            (.countDuplicates, counts.duplicates), (.countFunded, counts.funded),
        ].map { ["label": text($0.0), "value": "\($0.1)"] }
        let funding = batch.funding
        view["envelope"] = [
            "total": text.euros(funding.envelope),
            "used": text.euros(funding.used),
            "remainder": text.euros(funding.remainder),
            "minimum": text.euros(funding.minimumAward),
            "maximum": text.euros(funding.maximumAward),
            "regionCap": funding.regionCap.map { "\($0)" } ?? text(.noRegionCap),
            "cutoff": ReportLabel.cutoff(afterRank: funding.cutoff)(context.language),
        ]
        let scores = batch.criteria.criteria.filter { $0.kind == .score }
        view["scoreColumns"] = scores.map {
            ["id": $0.id, "title": cell($0.title(context.language)), "weight": text.points($0.weight)]
        }
        view["ranking"] = rankingRows(batch.ranking, scores: scores, funded: true)
        view["hasRanking"] = !batch.ranking.isEmpty
        view["belowThreshold"] = rankingRows(batch.belowThreshold, scores: scores, funded: false)
        view["hasBelowThreshold"] = !batch.belowThreshold.isEmpty
        view["ineligible"] = LazyRows(batch.ineligible) { summary in
            [
                "name": cell(summary.name), "file": file(summary.file), "anchor": ReportText.anchor(summary.file),
                "reasons": summary.evaluation.gates.filter { $0.outcome == .fail }.map { result in
                    [
                        "title": cell(result.criterion.title(context.language)), "source": cell(result.criterion.source),
                        "explanation": cell(result.explanation(context.language)),
                    ]
                },
            ] as [String: Any]
        }
        view["hasIneligible"] = !batch.ineligible.isEmpty
        view["incomplete"] = LazyRows(batch.incomplete) { summary in
            [
                "name": cell(summary.name), "file": file(summary.file), "anchor": ReportText.anchor(summary.file),
                "undetermined": summary.evaluation.gates.filter { $0.outcome == .undetermined }.map {
                    cell($0.criterion.title(context.language))
                }.joined(separator: ", "),
                "missing": summary.evaluation.missing.map { cell($0(context.language)) },
            ] as [String: Any]
        }
        view["hasIncomplete"] = !batch.incomplete.isEmpty
        view["unreadable"] = LazyRows(batch.unreadable) { item in
            [
                "file": file(item.file),
                "problems": item.problems.map { cell(UnreadableText.sentence($0)(context.language)) },
            ] as [String: Any]
        }
        view["hasUnreadable"] = !batch.unreadable.isEmpty
        view["pendingMarks"] = LazyRows(batch.pendingMarks) { summary in
            [
                "name": cell(summary.name), "file": file(summary.file), "anchor": ReportText.anchor(summary.file),
                "flags": (batch.jury?.applications[summary.id]?.flags ?? []).map { cell($0.label(context.language)) },
            ] as [String: Any]
        }
        view["hasPendingMarks"] = !batch.pendingMarks.isEmpty
        view["duplicates"] = LazyRows(batch.duplicates) { duplicate in
            [
                "name": cell(duplicate.summary.name), "file": file(duplicate.summary.file),
                "original": file(duplicate.original), "anchor": ReportText.anchor(duplicate.original),
                "reason": cell(duplicate.reason.label(context.language)),
            ] as [String: Any]
        }
        view["hasDuplicates"] = !batch.duplicates.isEmpty
        let copies = batch.duplicates.count
        view["duplicatesNote"] = ReportLabel.duplicatesNote(copies)(context.language)
        view["juryLoaded"] = batch.jury != nil
        view["toDiscuss"] = toDiscuss
        view["hasToDiscuss"] = !toDiscuss.isEmpty
        view["provisional"] =
            batch.jury == nil
            && [batch.ranking, batch.belowThreshold, batch.incomplete, batch.ineligible].contains {
                $0.contains { $0.evaluation.awaitingMarks }
            }
        // Cards are rendered one at a time by ``ApplicationPartRenderer`` (see ``ReportLayout``).
        view["audit"] = audit
        return view
    }

    /// Disagreements, missing marks and refused marks, for the top of the report.
    var toDiscuss: [String] {
        guard let jury = batch.jury else { return [] }
        var items: [String] = []
        for summary in batch.evaluatedInReportOrder {
            for flag in jury.applications[summary.id]?.flags ?? [] {
                items.append(cell("\(summary.name) — \(flag.label(context.language))"))
            }
        }
        let problems = (jury.settings.anonymise ? [] : jury.sheetProblems) + jury.missingSheets + jury.refused
        items += problems.map { cell($0.formatted(context.language)) }
        return items
    }

    func rankingRows(_ summaries: [ApplicationSummary], scores: [Criterion], funded: Bool) -> LazyRows {
        LazyRows(Array(summaries.indices)) { index in
            let summary = summaries[index]
            var row: [String: Any] = [
                "rank": "\(index + 1)", "name": cell(summary.name), "file": file(summary.file),
                "anchor": ReportText.anchor(summary.file), "territory": cell(text.territory(summary)),
                "region": cell(text.region(summary)), "total": text.points(summary.evaluation.total),
                "requested": text.euros(summary.requestedAmount),
                "points": scores.map { ["value": text.points(summary.points($0.id))] },
            ]
            if funded, index < batch.funding.awards.count {
                let award = batch.funding.awards[index]
                row["award"] = award.decision == .funded ? text.euros(award.award) : "—"
                row["decision"] = cell(award.decision.label(context.language))
                row["funded"] = award.decision == .funded
                row["lineAfter"] = batch.funding.cutoff == index + 1
            }
            return row
        }
    }

    var audit: [String: Any] {
        let criteria = batch.criteria
        let language = context.language
        return [
            "tool": "ptce \(context.toolVersion)",
            "criteriaPath": cell(criteria.path), "criteriaSHA": criteria.sha256,
            "asOf": Format.day(context.asOf, language: language),
            "tieBreak": cell(criteria.tieBreakDocumentation?(language) ?? "—"),
            "parameters": criteria.parameters.map { parameter in
                let value = batch.parameters[parameter.name] ?? parameter.defaultValue
                let shown = Format.parameter(value, as: parameter.type)(language)
                let mark = context.overridden.contains(parameter.name) ? text(.overridden) : ""
                return [
                    "name": parameter.name, "label": cell(parameter.label(language)), "value": cell(shown + mark),
                    "source": cell(parameter.source),
                ]
            },
            "files": LazyRows(batch.inputs) { ["file": file($0.file), "sha256": $0.sha256 ?? "—"] },
            "marksFiles": (batch.jury?.files ?? []).map { ["file": cell($0.path), "sha256": $0.sha256] },
            "hasMarksFiles": !(batch.jury?.files ?? []).isEmpty,
        ]
    }
}

/// One application's card as plain values for the templates. It needs no ranking, only the
/// report's language, the call's criteria and, once marks are loaded, the jury: so a batch can
/// render each card in the worker that evaluated the application (see ``CardSpool``).
struct CardView {
    let language: Language
    let criteria: CriteriaFile
    let jury: JuryOutcome?
    /// Escapes a value for its destination (see ``ReportView/cell``).
    let cell: (String) -> String
    let text: ReportText
    /// The call's scores, in file order (the breakdown chart's bars).
    let scores: [Criterion]
    /// The wording every part of a report shares: labels and punctuation. Built once, not per
    /// card: a batch renders thousands of cards with it.
    let shared: [String: Any]

    /// The batch's folder: file names are shown relative to it.
    let root: String

    init(
        language: Language, criteria: CriteriaFile, jury: JuryOutcome?, root: String = "",
        cell: @escaping (String) -> String
    ) {
        self.root = root
        self.language = language
        self.criteria = criteria
        self.jury = jury
        self.cell = cell
        let text = ReportText(language: language)
        self.text = text
        scores = criteria.criteria.filter { $0.kind == .score }
        shared = [
            "labels": ReportLabel.templateLabels(language, jury: jury), "colon": text(.colon), "semicolon": text(.semicolon),
        ]
    }

    /// A file name for the report, relative to the batch's folder (see ``ReportView/file(_:)``).
    func file(_ path: String) -> String { cell(VisibleText.escape(ReportContext.relative(path, to: root))) }

    func build(_ summary: ApplicationSummary) -> [String: Any] {
        let composition = summary.composition
        // Gates passed with nothing to complete fold into one line; the table keeps what a jury reads.
        let folded = { (result: CriterionResult) in
            result.criterion.kind == .gate && result.outcome == .pass && result.trace.missing.isEmpty
        }
        let passed = summary.evaluation.results.filter(folded).map { cell($0.criterion.title(language)) }
        return [
            "carrier": cell(summary.carrierName ?? "—"), "stage": text.stage(summary.stage),
            "projectSummary": cell(summary.projectSummary ?? ""), "hasProjectSummary": summary.projectSummary != nil,
            "passedGates": passed.joined(separator: text(.semicolon)), "passedCount": "\(passed.count)",
            "hasPassedGates": !passed.isEmpty,
            "anchor": ReportText.anchor(summary.file), "name": cell(summary.name), "file": file(summary.file),
            "status": cell(summary.status.label(language)), "statusClass": summary.status.rawValue,
            "total": text.points(summary.evaluation.total), "maximum": text.points(summary.evaluation.maximum),
            "territory": cell(text.territory(summary)), "requested": text.euros(summary.requestedAmount),
            "sha256": summary.sha256,
            "results": summary.evaluation.results.filter { !folded($0) }.map { result in
                [
                    "mark": text.mark(result.outcome, kind: result.criterion.kind),
                    "outcome": text.outcome(result.outcome, kind: result.criterion.kind),
                    "outcomeClass": result.outcome.rawValue,
                    "title": cell(result.criterion.title(language)),
                    "kind": text(result.criterion.kind == .gate ? .kindGate : .kindScore),
                    "points": result.criterion.kind == .score
                        ? "\(text.points(result.points)) / \(text.points(result.criterion.weight))" : "",
                    "explanation": cell(result.explanation(language)),
                    "source": cell(result.criterion.source),
                    "missing": result.trace.missing.map { cell($0(language)) },
                ] as [String: Any]
            },
            "composition": [
                (ReportLabel.compositionEss, composition.essEnterprises),
                (.compositionConventional, composition.conventionalBusinesses), (.compositionGroupings, composition.groupings),
                (.compositionLocalAuthorities, composition.localAuthorities),
                (.compositionResearch, composition.researchAndEducation), (.compositionOther, composition.otherPersons),
                (.compositionUnclassified, composition.unclassified), (.compositionNatural, composition.naturalPersons),
                (.compositionTotal, composition.total),
            ].map { ["label": text($0.0), "value": "\($0.1)"] },
            "ownShares": summary.budgetPath.ownShares.enumerated().map {
                ["year": "\($0.offset + 1)", "value": text.percent($0.element)]
            },
            "largestFunder": cell(summary.budgetPath.largestFunder?(language) ?? "—"),
            "largestFunderShare": text.percent(summary.budgetPath.largestFunderShare),
            "concentration": text.concentration(summary.budgetPath.concentration),
            "typology": cell(summary.analysis.type?.label(language) ?? text(.analysisUndetermined)),
            "publicRole": cell(summary.analysis.publicRole?.label(language) ?? text(.analysisUndetermined)),
            "reasoning": cell(summary.analysis.reasoning(language)),
            "jury": juryRows(summary),
            "hasJury": jury != nil,
        ]
    }

    /// A card's jury block: each criterion the jury marks, each juror's value, the consensus.
    func juryRows(_ summary: ApplicationSummary) -> [[String: Any]] {
        guard let jury else { return [] }
        let mine = jury.applications[summary.id] ?? ApplicationJury()
        return criteria.criteria.filter { $0.scale?.jurorInput != nil }.map { criterion in
            let marks = (mine.marks[criterion.id] ?? []).map {
                "\(jury.label($0.juror, language: language)) : \(text.points($0.value))"
            }
            return [
                "criterion": cell(criterion.title(language)),
                "marks": cell(marks.isEmpty ? "—" : marks.joined(separator: ", ")),
                "consensus": mine.consensus[criterion.id].map { text.points($0) } ?? "—",
            ]
        }
    }
}

/// A template section's rows, each built only when the template reaches it: a report of
/// 10,000 applications never holds 10,000 row dictionaries at once. It can be rendered more
/// than once (the ranking appears in two tables).
struct LazyRows: MustacheSequence {
    private let count: Int
    private let row: (Int) -> Any

    init<Item>(_ items: [Item], row: @escaping (Item) -> [String: Any]) {
        count = items.count
        self.row = { row(items[$0]) }
    }

    func makeIterator() -> AnyIterator<Any> {
        var index = 0
        return AnyIterator {
            guard index < count else { return nil }
            defer { index += 1 }
            return row(index)
        }
    }
}
