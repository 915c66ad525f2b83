import PTCEEngine
import PTCEModel

/// Every fixed text of the jury report, by its code, in French and English: the one place the
/// report's wording is kept. The templates read the codes without a dot as `{{labels.CODE}}`;
/// the renderers ask ``ReportText`` for the others (counts, composition, outcomes, the CSV's
/// columns and sections).
enum ReportLabel: String, CaseIterable, Sendable {
    case contents
    case summary
    case ranking
    case funding
    case belowThreshold
    case ineligible
    case incomplete
    case unreadable
    case duplicates
    case duplicateOf
    case reason
    case duplicatesRule
    case cards
    case audit
    case rank
    case name
    case territory
    case region
    case total
    case requested
    case award
    case decision
    case envelope
    case used
    case remainder
    case minimum
    case maximum
    case regionCap
    case none
    case file
    case missing
    case undetermined
    case criterion
    case outcome
    case points
    case explanation
    case source
    case composition
    case budgetPath
    case year
    case ownShare
    case largestFunder
    case concentration
    case descriptive
    case typology
    case publicRole
    case reading
    case tool
    case criteriaFile
    case parameters
    case value
    case parameter
    case asOf
    case inputs
    case tieBreak
    case status
    case distribution
    case fundingChart
    case breakdown
    case generated
    case fundingLine
    case toDiscuss
    case pendingMarks
    case jury
    case marks
    case marksFiles
    case provisional
    case descriptiveNote
    case committee
    case fundedList
    case fundingLineHead
    case tieAtLine
    case nearLine
    case remainderOption
    case dependsOnMarks
    case pointsToDiscuss
    case noneFunded
    case why
    case carrier
    case stage
    case projectSummary
    case passedGates
    case filter
    case filterAll
    case sortHint
    case cardPages
    case cardPagesNote
    case back
    case title = "title"
    case colon = "punctuation.colon"
    case semicolon = "punctuation.semicolon"
    case countReceived = "count.received"
    case countUnreadable = "count.unreadable"
    case countIneligible = "count.ineligible"
    case countIncomplete = "count.incomplete"
    case countEligible = "count.eligible"
    case countBelowThreshold = "count.belowThreshold"
    case countPendingMarks = "count.pendingMarks"
    case countDuplicates = "count.duplicates"
    case countFunded = "count.funded"
    case noRegionCap = "funding.noRegionCap"
    case envelopeCoversAll = "funding.envelopeCoversAll"
    case overridden = "audit.overridden"
    case consensusMedian = "consensus.median"
    case consensusMean = "consensus.mean"
    case kindGate = "kind.gate"
    case kindScore = "kind.score"
    case analysisUndetermined = "analysis.undetermined"
    case compositionEss = "composition.essEnterprises"
    case compositionConventional = "composition.conventionalBusinesses"
    case compositionGroupings = "composition.groupings"
    case compositionLocalAuthorities = "composition.localAuthorities"
    case compositionResearch = "composition.researchAndEducation"
    case compositionOther = "composition.otherPersons"
    case compositionUnclassified = "composition.unclassified"
    case compositionNatural = "composition.naturalPersons"
    case compositionTotal = "composition.total"
    case outcomeScored = "outcome.scored"
    case outcomeBelowMinimum = "outcome.belowMinimum"
    case outcomePass = "outcome.pass"
    case outcomeFail = "outcome.fail"
    case outcomeUndetermined = "outcome.undetermined"
    case sectionRanked = "section.ranked"
    case sectionBelowThreshold = "section.below-threshold"
    case sectionIncomplete = "section.incomplete"
    case sectionPendingMarks = "section.pending-marks"
    case sectionIneligible = "section.ineligible"
    case sectionDuplicate = "section.duplicate"
    case sectionUnreadable = "section.unreadable"
    case csvFile = "csv.file"
    case csvSection = "csv.section"
    case csvRank = "csv.rank"
    case csvName = "csv.name"
    case csvStatus = "csv.status"
    case csvTotal = "csv.total"
    case csvRequested = "csv.requested"
    case csvProposed = "csv.proposed"
    case csvDecision = "csv.decision"
    case csvRegion = "csv.region"
    case csvFailedGates = "csv.failedGates"
    case csvToComplete = "csv.toComplete"
    case csvDuplicateOf = "csv.duplicateOf"
    case csvNotFundedDuplicate = "csv.notFundedDuplicate"

    var text: Localized {
        switch self {
        case .contents: Localized(fr: "Sommaire", en: "Contents")
        case .summary: Localized(fr: "Le lot en chiffres", en: "The batch in figures")
        case .ranking: Localized(fr: "Classement des dossiers éligibles", en: "Ranking of eligible applications")
        case .funding: Localized(fr: "Financement en descendant la liste", en: "Funding down the list")
        case .belowThreshold: Localized(fr: "Éligibles sous le seuil", en: "Eligible, below threshold")
        case .ineligible: Localized(fr: "Dossiers inéligibles", en: "Ineligible applications")
        case .incomplete: Localized(fr: "Dossiers incomplets", en: "Incomplete applications")
        case .unreadable: Localized(fr: "Fichiers illisibles", en: "Unreadable files")
        case .duplicates: Localized(fr: "Doublons écartés", en: "Duplicates set aside")
        case .duplicateOf: Localized(fr: "Doublon de", en: "Duplicate of")
        case .reason: Localized(fr: "Raison", en: "Reason")
        case .duplicatesRule:
            Localized(
                fr:
                    "Le dépôt le plus ancien (puis le premier fichier) est gardé et classé ; chaque copie est listée ici, jamais classée ni financée.",
                en:
                    "The earliest submission (then the first file) is kept and ranked; each copy is listed here, never ranked or funded."
            )
        case .cards: Localized(fr: "Fiches détaillées", en: "Detail cards")
        case .audit: Localized(fr: "Traçabilité", en: "Audit trail")
        case .rank: Localized(fr: "Rang", en: "Rank")
        case .name: Localized(fr: "Dossier", en: "Application")
        case .territory: Localized(fr: "Territoire", en: "Territory")
        case .region: Localized(fr: "Région", en: "Region")
        case .total: Localized(fr: "Total", en: "Total")
        case .requested: Localized(fr: "Demandé", en: "Requested")
        case .award: Localized(fr: "Proposé", en: "Proposed")
        case .decision: Localized(fr: "Décision", en: "Decision")
        case .envelope: Localized(fr: "Enveloppe", en: "Envelope")
        case .used: Localized(fr: "Engagé", en: "Committed")
        case .remainder: Localized(fr: "Reste", en: "Remainder")
        case .minimum: Localized(fr: "Aide minimale", en: "Minimum award")
        case .maximum: Localized(fr: "Aide maximale", en: "Maximum award")
        case .regionCap: Localized(fr: "Lauréats par région au plus", en: "Laureates per region at most")
        case .none: Localized(fr: "Aucun.", en: "None.")
        case .file: Localized(fr: "Fichier", en: "File")
        case .missing: Localized(fr: "À compléter", en: "To complete")
        case .undetermined: Localized(fr: "Indéterminé", en: "Undetermined")
        case .criterion: Localized(fr: "Critère", en: "Criterion")
        case .outcome: Localized(fr: "Résultat", en: "Outcome")
        case .points: Localized(fr: "Points", en: "Points")
        case .explanation: Localized(fr: "Explication", en: "Explanation")
        case .source: Localized(fr: "Source", en: "Source")
        case .composition: Localized(fr: "Composition", en: "Composition")
        case .budgetPath: Localized(fr: "Trajectoire d’autofinancement", en: "Self-financing path")
        case .year: Localized(fr: "Année", en: "Year")
        case .ownShare: Localized(fr: "Ressources propres", en: "Own resources")
        case .largestFunder: Localized(fr: "Premier financeur", en: "Largest funder")
        case .concentration: Localized(fr: "Concentration des financements", en: "Funding concentration")
        case .descriptive:
            Localized(fr: "Analyse descriptive (ne sont pas des critères)", en: "Descriptive analysis (not criteria)")
        case .typology: Localized(fr: "Type de PTCE le plus proche (Matray & Poisat)", en: "Closest PTCE type (Matray & Poisat)")
        case .publicRole: Localized(fr: "Rôle des acteurs publics (Gianfaldoni)", en: "Role of public actors (Gianfaldoni)")
        case .reading: Localized(fr: "Lecture", en: "Reading")
        case .tool: Localized(fr: "Outil", en: "Tool")
        case .criteriaFile: Localized(fr: "Fichier de critères", en: "Criteria file")
        case .parameters: Localized(fr: "Paramètres en vigueur", en: "Parameters in force")
        case .value: Localized(fr: "Valeur", en: "Value")
        case .parameter: Localized(fr: "Paramètre", en: "Parameter")
        case .asOf: Localized(fr: "Date de l’évaluation", en: "Evaluation date")
        case .inputs: Localized(fr: "Fichiers reçus", en: "Files received")
        case .tieBreak: Localized(fr: "Départage des ex æquo", en: "Tie-break")
        case .status: Localized(fr: "Statut", en: "Status")
        case .distribution: Localized(fr: "Répartition des totaux", en: "Distribution of totals")
        case .fundingChart: Localized(fr: "Enveloppe et ligne de financement", en: "Envelope and funding line")
        case .breakdown: Localized(fr: "Points par critère", en: "Points per criterion")
        case .generated: Localized(fr: "Rapport produit par ptce", en: "Report produced by ptce")
        case .fundingLine: Localized(fr: "ligne de financement", en: "funding line")
        case .toDiscuss: Localized(fr: "À discuter en comité", en: "To discuss in committee")
        case .pendingMarks: Localized(fr: "En attente de notes du jury", en: "Awaiting jury marks")
        case .jury: Localized(fr: "Notes du jury", en: "Jury marks")
        case .marks: Localized(fr: "Notes", en: "Marks")
        case .marksFiles: Localized(fr: "Feuilles de notes", en: "Mark sheets")
        case .provisional:
            Localized(
                fr: "Classement provisoire : les critères notés par le jury ne sont pas encore comptés (rank --marks).",
                en: "Provisional ranking: the criteria marked by the jury are not counted yet (rank --marks).")
        case .descriptiveNote:
            Localized(
                fr: "Ces indications aident la lecture du jury ; elles ne comptent pas dans le classement.",
                en: "These indications help the jury read the file; they do not count in the ranking.")
        case .committee: Localized(fr: "Synthèse pour le comité", en: "Committee summary")
        case .fundedList: Localized(fr: "Dossiers financés", en: "Funded applications")
        case .fundingLineHead: Localized(fr: "Ligne de financement", en: "Funding line")
        case .tieAtLine: Localized(fr: "Ex æquo à la ligne", en: "Tie at the line")
        case .nearLine: Localized(fr: "Près de la ligne", en: "Near the line")
        case .remainderOption: Localized(fr: "Reste de l’enveloppe", en: "What the envelope has left")
        case .dependsOnMarks: Localized(fr: "Selon les notes du jury à venir", en: "Depending on jury marks still to give")
        case .pointsToDiscuss: Localized(fr: "Points à discuter", en: "Points to discuss")
        case .noneFunded: Localized(fr: "Aucun dossier financé.", en: "No application funded.")
        case .why: Localized(fr: "Pourquoi", en: "Why")
        case .carrier: Localized(fr: "Porteur", en: "Carrier")
        case .stage: Localized(fr: "Stade", en: "Stage")
        case .projectSummary: Localized(fr: "Le projet", en: "The project")
        case .passedGates: Localized(fr: "Conditions remplies", en: "Gates passed")
        case .filter: Localized(fr: "Filtrer le classement", en: "Filter the ranking")
        case .filterAll: Localized(fr: "tous", en: "all")
        case .sortHint:
            Localized(
                fr: "Cliquer sur un en-tête trie le tableau ; le champ filtre par nom, territoire ou région.",
                en: "Click a header to sort the table; the field filters by name, territory or region.")
        case .cardPages: Localized(fr: "Fiches (pages séparées)", en: "Cards (separate pages)")
        case .cardPagesNote:
            Localized(
                fr: "Ce lot est grand : chaque fiche est une page à part dans le dossier \(HTMLReport.pagesFolder)/, "
                    + "liée depuis le classement.",
                en: "This batch is large: each card is a page of its own in the \(HTMLReport.pagesFolder)/ folder, "
                    + "linked from the ranking.")
        case .back: Localized(fr: "Retour au rapport", en: "Back to the report")
        case .colon: Localized(fr: " : ", en: ": ")
        case .semicolon: Localized(fr: " ; ", en: "; ")
        case .title: Localized(fr: "Rapport du jury", en: "Jury report")
        case .countReceived: Localized(fr: "reçus", en: "received")
        case .countUnreadable: Localized(fr: "illisibles (refusés)", en: "unreadable (refused)")
        case .countIneligible: Localized(fr: "inéligibles", en: "ineligible")
        case .countIncomplete: Localized(fr: "incomplets", en: "incomplete")
        case .countEligible: Localized(fr: "éligibles et classés", en: "eligible and ranked")
        case .countBelowThreshold: Localized(fr: "éligibles sous le seuil", en: "eligible below threshold")
        case .countPendingMarks: Localized(fr: "en attente de notes du jury", en: "awaiting jury marks")
        case .countDuplicates: Localized(fr: "doublons écartés", en: "duplicates set aside")
        case .countFunded: Localized(fr: "financés", en: "funded")
        case .noRegionCap: Localized(fr: "aucun", en: "none")
        case .envelopeCoversAll:
            Localized(fr: "l’enveloppe couvre tout le classement", en: "the envelope covers the whole ranking")
        case .overridden: Localized(fr: " (modifié)", en: " (overridden)")
        case .consensusMedian: Localized(fr: "Consensus (médiane)", en: "Consensus (median)")
        case .consensusMean: Localized(fr: "Consensus (moyenne)", en: "Consensus (mean)")
        case .kindGate: Localized(fr: "condition", en: "gate")
        case .kindScore: Localized(fr: "note", en: "score")
        case .analysisUndetermined: Localized(fr: "indéterminé", en: "undetermined")
        case .compositionEss: Localized(fr: "entreprises de l’ESS", en: "ESS enterprises")
        case .compositionConventional: Localized(fr: "entreprises hors ESS", en: "non-ESS enterprises")
        case .compositionGroupings: Localized(fr: "groupements d’entreprises", en: "groupings of enterprises")
        case .compositionLocalAuthorities: Localized(fr: "collectivités", en: "local authorities")
        case .compositionResearch: Localized(fr: "recherche, enseignement, formation", en: "research, education, training")
        case .compositionOther: Localized(fr: "autres personnes", en: "other persons")
        case .compositionUnclassified: Localized(fr: "non classés (article 1)", en: "unclassified (article 1)")
        case .compositionNatural: Localized(fr: "dont personnes physiques", en: "of which natural persons")
        case .compositionTotal: Localized(fr: "membres au total", en: "members in all")
        case .outcomeScored: Localized(fr: "noté", en: "scored")
        case .outcomeBelowMinimum: Localized(fr: "sous le minimum", en: "below minimum")
        case .outcomePass: Localized(fr: "réussi", en: "pass")
        case .outcomeFail: Localized(fr: "échoué", en: "fail")
        case .outcomeUndetermined: Localized(fr: "indéterminé", en: "undetermined")
        case .sectionRanked: Localized(fr: "classé", en: "ranked")
        case .sectionBelowThreshold: Localized(fr: "sous le seuil", en: "below threshold")
        case .sectionIncomplete: Localized(fr: "incomplet", en: "incomplete")
        case .sectionPendingMarks: Localized(fr: "en attente de notes", en: "awaiting marks")
        case .sectionIneligible: Localized(fr: "inéligible", en: "ineligible")
        case .sectionDuplicate: Localized(fr: "doublon", en: "duplicate")
        case .sectionUnreadable: Localized(fr: "illisible", en: "unreadable")
        case .csvFile: Localized(fr: "fichier", en: "file")
        case .csvSection: Localized(fr: "section", en: "section")
        case .csvRank: Localized(fr: "rang", en: "rank")
        case .csvName: Localized(fr: "nom", en: "name")
        case .csvStatus: Localized(fr: "statut", en: "status")
        case .csvTotal: Localized(fr: "total", en: "total")
        case .csvRequested: Localized(fr: "demandé", en: "requested")
        case .csvProposed: Localized(fr: "proposé", en: "proposed")
        case .csvDecision: Localized(fr: "décision", en: "decision")
        case .csvRegion: Localized(fr: "région", en: "region")
        case .csvFailedGates: Localized(fr: "conditions échouées", en: "failed gates")
        case .csvToComplete: Localized(fr: "à compléter", en: "to complete")
        case .csvDuplicateOf: Localized(fr: "doublon de", en: "duplicate of")
        case .csvNotFundedDuplicate: Localized(fr: "non financé : doublon", en: "not funded: duplicate")
        }
    }

    /// The labels the templates read (`{{labels.CODE}}`): every code without a dot, and
    /// `consensus`, named after the jury's way of aggregating.
    static func templateLabels(_ language: Language, jury: JuryOutcome?) -> [String: String] {
        var labels: [String: String] = [:]
        for label in allCases where !label.rawValue.contains(".") { labels[label.rawValue] = label.text(language) }
        let consensus: ReportLabel = jury?.settings.aggregate == .mean ? .consensusMean : .consensusMedian
        labels["consensus"] = consensus.text(language)
        return labels
    }

    /// Where the funding line falls.
    static func cutoff(afterRank rank: Int?) -> Localized {
        guard let rank else { return ReportLabel.envelopeCoversAll.text }
        return Localized(
            fr: "la ligne de financement passe après le rang \(rank)", en: "the funding line falls after rank \(rank)")
    }

    /// What the histogram of totals counts.
    static func distributionNote(_ count: Int) -> Localized {
        Localized(
            fr: "\(count) dossier(s) éligible(s) comptés (classés, sous le seuil, en attente de notes) ; les dossiers "
                + "inéligibles, incomplets et illisibles ne le sont pas. Chaque barre couvre un dixième du total possible.",
            en: "\(count) eligible application(s) counted (ranked, below threshold, awaiting marks); ineligible, incomplete "
                + "and unreadable files are not. Each bar covers a tenth of the possible total.")
    }

    /// The note above the summary when copies were set aside.
    static func duplicatesNote(_ copies: Int) -> Localized {
        Localized(
            fr: "\(copies) fichier(s) reprennent une candidature déjà reçue : chaque candidature n’est classée et financée "
                + "qu’une fois ; les copies sont listées dans « Doublons écartés ».",
            en: "\(copies) file(s) repeat an application already received: each application is ranked and funded once only; "
                + "the copies are listed under “Duplicates set aside”.")
    }
}
