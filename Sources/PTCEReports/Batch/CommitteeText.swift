import Foundation
import PTCEEngine
import PTCEModel

/// The committee summary's sentences, in French and English (see ``CommitteeSummary``): the
/// wording that takes numbers and names, beside ``ReportLabel``'s fixed texts.
enum CommitteeText {
    static func money(_ value: Decimal) -> Localized {
        Localized(fr: Format.euros(value, language: .fr), en: Format.euros(value, language: .en))
    }

    static func points(_ value: Decimal) -> Localized {
        Localized(fr: Format.number(value, places: 2, language: .fr), en: Format.number(value, places: 2, language: .en))
    }

    /// Why the funding walk stopped.
    static func stop(_ stop: FundingLine.Stop, name: String?, used: Decimal, remainder: Decimal) -> Localized {
        switch stop {
        case .coversAll:
            return Localized(
                fr: "L’enveloppe couvre tout le classement : \(money(used).fr) engagés, \(money(remainder).fr) restent.",
                en: "The envelope covers the whole ranking: \(money(used).en) committed, \(money(remainder).en) left.")
        case .requestExceedsRemainder(let rank, let needed, let remaining):
            let who = name.map { " (\($0))" } ?? ""
            return Localized(
                fr: "La ligne passe après le rang \(rank - 1) : le rang \(rank)\(who) demande \(money(needed).fr), "
                    + "plus que les \(money(remaining).fr) qui restent. Aucune aide partielle : personne n’est financé "
                    + "au-delà de la ligne.",
                en: "The line falls after rank \(rank - 1): rank \(rank)\(who) asks for \(money(needed).en), more than the "
                    + "\(money(remaining).en) left. No partial award: no one below the line is funded.")
        }
    }

    /// What put one tied application before the next, in words.
    static func decider(_ decider: RankDecider, criteria: CriteriaFile) -> Localized {
        switch decider {
        case .total: return Localized(fr: "le total", en: "the total")
        case .tieBreak(let index):
            guard index < criteria.tieBreak.count else { return Localized(fr: "le départage", en: "the tie-break") }
            let key = criteria.tieBreak[index]
            switch key.target {
            case .criterion(let id):
                let title = criteria.criteria.first { $0.id == id }?.title ?? .same(id)
                return Localized(fr: "la note « \(title.fr) »", en: "the “\(title.en)” score")
            case .fact(let name):
                let definition = FactCatalog.byName[name]
                let label = definition?.label ?? .same(name)
                let order: Localized =
                    definition?.type == .datetime
                    ? (key.descending
                        ? Localized(fr: "la plus récente d’abord", en: "latest first")
                        : Localized(fr: "la plus ancienne d’abord", en: "earliest first"))
                    : (key.descending
                        ? Localized(fr: "la plus haute d’abord", en: "highest first")
                        : Localized(fr: "la plus basse d’abord", en: "lowest first"))
                return Localized(fr: "« \(label.fr) » (\(order.fr))", en: "“\(label.en)” (\(order.en))")
            }
        case .name: return Localized(fr: "l’ordre alphabétique des noms", en: "the alphabetical order of names")
        case .file: return Localized(fr: "le nom du fichier", en: "the file name")
        }
    }

    /// Whether a decider is a merit of the application (a score) rather than an order of convenience.
    static func isMerit(_ decider: RankDecider, criteria: CriteriaFile) -> Bool {
        switch decider {
        case .total: return true
        case .tieBreak(let index):
            guard index < criteria.tieBreak.count, case .criterion = criteria.tieBreak[index].target else { return false }
            return true
        case .name, .file: return false
        }
    }

    static func tie(ranks: [Int], total: Decimal, funded: Int) -> Localized {
        let list = ranks.map(String.init).joined(separator: ", ")
        return Localized(
            fr: "Ex æquo à la ligne : les rangs \(list) ont le même total (\(points(total).fr) points) ; "
                + "\(funded) au-dessus de la ligne, \(ranks.count - funded) au-dessous.",
            en: "Tie at the line: ranks \(list) have the same total (\(points(total).en) points); \(funded) above the line, "
                + "\(ranks.count - funded) below.")
    }

    static func tiePair(_ first: Int, _ second: Int, by decider: Localized) -> Localized {
        Localized(
            fr: "le rang \(first) passe avant le rang \(second) par \(decider.fr)",
            en: "rank \(first) comes before rank \(second) by \(decider.en)")
    }

    static func tieNotMerit(_ decider: Localized) -> Localized {
        Localized(
            fr: "Ex æquo à la ligne départagé par \(decider.fr), qui n’est pas une note de fond : le comité peut trancher "
                + "autrement.",
            en: "The tie at the line is decided by \(decider.en), which is not a score: the committee may decide otherwise.")
    }

    static func fits(remainder: Decimal, count: Int) -> Localized {
        Localized(
            fr: "Il reste \(money(remainder).fr) après la ligne : \(count) demande(s) classée(s) plus bas y tiendrai(en)t. "
                + "Option pour le comité, rien n’est financé d’office.",
            en: "\(money(remainder).en) remain after the line: \(count) lower-ranked request(s) would fit. An option for the "
                + "committee; nothing is funded by default.")
    }

    static func noFit(remainder: Decimal) -> Localized {
        Localized(
            fr: "Aucune demande classée sous la ligne ne tient dans les \(money(remainder).fr) qui restent.",
            en: "No request ranked below the line fits in the \(money(remainder).en) left.")
    }

    static func near(margin: Decimal, count: Int) -> Localized {
        Localized(
            fr: "\(count) dossier(s) à \(points(margin).fr) point(s) ou moins de l’autre côté de la ligne.",
            en: "\(count) application(s) within \(points(margin).en) point(s) of the other side of the line.")
    }

    static func pending(headroom: Decimal, funded: Bool) -> Localized {
        funded
            ? Localized(
                fr: "au-dessus de la ligne, peut être dépassé : les notes du jury restant à donner peuvent faire passer un "
                    + "dossier classé plus bas devant lui",
                en: "above the line, may be overtaken: the jury’s marks still to give can bring a lower-ranked application "
                    + "ahead")
            : Localized(
                fr: "sous la ligne, peut la franchir : le jury peut encore ajouter jusqu’à \(points(headroom).fr) points",
                en: "below the line, may cross it: the jury can still add up to \(points(headroom).en) points")
    }

    static func pendingCount(_ count: Int) -> Localized {
        Localized(
            fr: "\(count) dossier(s) peuvent changer de côté de la ligne selon les notes du jury encore à donner.",
            en: "\(count) application(s) may change side of the line with the jury’s marks still to give.")
    }

    static func awaitingMarks(_ count: Int) -> Localized {
        Localized(
            fr: "\(count) dossier(s) éligible(s) attendent encore assez de notes du jury : ils ne sont pas classés.",
            en: "\(count) eligible application(s) still lack enough jury marks: they are not ranked.")
    }

    static func incomplete(_ count: Int) -> Localized {
        Localized(
            fr: "\(count) dossier(s) incomplet(s) : une pièce ou une donnée manque pour décider (voir « Dossiers incomplets »).",
            en: "\(count) incomplete application(s): a document or a value is missing for a decision (see “Incomplete "
                + "applications”).")
    }

    static func juryPoints(_ count: Int) -> Localized {
        Localized(
            fr:
                "\(count) point(s) du jury à trancher : désaccords, notes manquantes ou refusées (voir « À discuter en comité »).",
            en: "\(count) jury point(s) to settle: disagreements, missing or refused marks (see “To discuss in committee”).")
    }

    static func more(_ count: Int) -> Localized {
        Localized(fr: "… et \(count) autre(s)", en: "… and \(count) more")
    }
}
