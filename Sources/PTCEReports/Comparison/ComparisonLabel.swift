import PTCEEngine
import PTCEModel

/// Every fixed text of the comparison report and the criteria diff, by its code, in French and
/// English: the one place their wording is kept.
enum ComparisonLabel: String, CaseIterable, Sendable {
    case title, diffTitle, base, alternative, rules, parameters, generated
    case funding, ranked, funded, used, remainder
    case entering, leaving, moved, unchanged, noneEntering, noneLeaving, noneMoved
    case why, noDifference, pointShifts, criterion, applications, totalChange, weightBefore, weightAfter
    case rank, name, file, status, total, award, movement, points, before, after, change, subject, what, affects
    case allApplications, rankNone, awaitingMarks, absent, nothing, gate, score, pointsUnit, descending, ascending
    case noRankChange

    var text: Localized {
        switch self {
        case .title: Localized(fr: "Et si… : comparaison de deux classements", en: "What if: two rankings compared")
        case .diffTitle: Localized(fr: "Différences entre deux jeux de critères", en: "Differences between two sets of criteria")
        case .base: Localized(fr: "Référence", en: "Base")
        case .alternative: Localized(fr: "Variante", en: "Alternative")
        case .rules: Localized(fr: "Critères", en: "Criteria")
        case .parameters: Localized(fr: "Paramètres changés", en: "Parameters changed")
        case .generated: Localized(fr: "Produit par", en: "Produced by")
        case .funding: Localized(fr: "Financement", en: "Funding")
        case .ranked: Localized(fr: "classés", en: "ranked")
        case .funded: Localized(fr: "financés", en: "funded")
        case .used: Localized(fr: "attribué", en: "awarded")
        case .remainder: Localized(fr: "reste", en: "left")
        case .entering: Localized(fr: "Entrent dans la liste financée", en: "Enter the funded list")
        case .leaving: Localized(fr: "Sortent de la liste financée", en: "Leave the funded list")
        case .moved: Localized(fr: "Changent de rang, de statut ou de points", en: "Change rank, status or points")
        case .unchanged: Localized(fr: "inchangés", en: "unchanged")
        case .noneEntering:
            Localized(fr: "Aucun dossier n’entre dans la liste financée.", en: "No application enters the funded list.")
        case .noneLeaving:
            Localized(fr: "Aucun dossier ne sort de la liste financée.", en: "No application leaves the funded list.")
        case .noneMoved: Localized(fr: "Aucun autre dossier ne change.", en: "No other application changes.")
        case .why: Localized(fr: "Pourquoi : ce qui change dans les règles", en: "Why: what changes in the rules")
        case .noDifference:
            Localized(
                fr: "Aucune différence : les deux jeux de critères décident de la même façon.",
                en: "No difference: both sets of criteria decide the same way.")
        case .pointShifts: Localized(fr: "Points par critère", en: "Points by criterion")
        case .criterion: Localized(fr: "Critère", en: "Criterion")
        case .applications: Localized(fr: "Dossiers touchés", en: "Applications affected")
        case .totalChange: Localized(fr: "Variation totale des points", en: "Total change in points")
        case .weightBefore: Localized(fr: "Poids (référence)", en: "Weight (base)")
        case .weightAfter: Localized(fr: "Poids (variante)", en: "Weight (alternative)")
        case .rank: Localized(fr: "Rang", en: "Rank")
        case .name: Localized(fr: "PTCE", en: "PTCE")
        case .file: Localized(fr: "Fichier", en: "File")
        case .status: Localized(fr: "Statut", en: "Status")
        case .total: Localized(fr: "Total", en: "Total")
        case .award: Localized(fr: "Montant", en: "Award")
        case .movement: Localized(fr: "Financement", en: "Funding")
        case .points: Localized(fr: "Points qui changent", en: "Points that change")
        case .before: Localized(fr: "Avant", en: "Before")
        case .after: Localized(fr: "Après", en: "After")
        case .change: Localized(fr: "Changement", en: "Change")
        case .subject: Localized(fr: "Objet", en: "Subject")
        case .what: Localized(fr: "Ce qui change", en: "What changes")
        case .affects: Localized(fr: "Critères concernés", en: "Criteria affected")
        case .allApplications: Localized(fr: "Tous les dossiers", en: "All applications")
        case .rankNone: Localized(fr: "non classé", en: "not ranked")
        case .awaitingMarks: Localized(fr: "en attente de notes du jury", en: "awaiting jury marks")
        case .absent: Localized(fr: "absent", en: "absent")
        case .nothing: Localized(fr: "aucun", en: "none")
        case .gate: Localized(fr: "condition d’éligibilité", en: "eligibility condition")
        case .score: Localized(fr: "note", en: "score")
        case .pointsUnit: Localized(fr: "points", en: "points")
        case .descending: Localized(fr: "le plus haut d’abord", en: "highest first")
        case .ascending: Localized(fr: "le plus bas d’abord", en: "lowest first")
        case .noRankChange: Localized(fr: "même rang", en: "same rank")
        }
    }

    /// The text in `language`.
    func callAsFunction(_ language: Language) -> String { text(language) }

    /// A movement of the funded list, in words.
    static func movement(_ movement: RankingComparison.Movement) -> Localized {
        switch movement {
        case .enters: Localized(fr: "entre", en: "enters")
        case .leaves: Localized(fr: "sort", en: "leaves")
        case .staysFunded: Localized(fr: "reste financé", en: "stays funded")
        case .staysOut: Localized(fr: "reste non financé", en: "stays unfunded")
        }
    }

    /// What a change is about, in words.
    static func subject(_ subject: CriteriaDiff.Subject) -> Localized {
        switch subject {
        case .call: Localized(fr: "Appel", en: "Call")
        case .parameter: Localized(fr: "Paramètre", en: "Parameter")
        case .criterion: Localized(fr: "Critère", en: "Criterion")
        case .ranking: Localized(fr: "Classement", en: "Ranking")
        }
    }

    /// Which property changed, in words.
    static func aspect(_ aspect: CriteriaDiff.Aspect) -> Localized {
        switch aspect {
        case .added: Localized(fr: "ajouté", en: "added")
        case .removed: Localized(fr: "retiré", en: "removed")
        case .value: Localized(fr: "valeur", en: "value")
        case .title: Localized(fr: "intitulé", en: "title")
        case .kind: Localized(fr: "nature (condition ou note)", en: "kind (condition or score)")
        case .weight: Localized(fr: "points (poids)", en: "points (weight)")
        case .minimum: Localized(fr: "minimum de points", en: "minimum points")
        case .rule: Localized(fr: "règle", en: "rule")
        case .scale: Localized(fr: "barème", en: "scale")
        case .source: Localized(fr: "source", en: "source")
        case .callTitle: Localized(fr: "intitulé", en: "title")
        case .envelope: Localized(fr: "enveloppe", en: "envelope")
        case .minimumAward: Localized(fr: "montant minimum", en: "smallest award")
        case .maximumAward: Localized(fr: "montant maximum", en: "largest award")
        case .opens: Localized(fr: "ouverture", en: "opening")
        case .deadline: Localized(fr: "date limite", en: "deadline")
        case .minimumTotal: Localized(fr: "total minimum", en: "minimum total")
        case .tieBreak: Localized(fr: "départage des ex æquo", en: "tie-break order")
        }
    }
}
