import Foundation
public import PTCEModel

/// Who reads what: each application gets its readers, never a conflicted juror, with the
/// load spread as evenly as the conflicts allow.
public struct Assignment: Sendable {
    /// Application ids per juror id, sorted.
    public var byJuror: [String: [String]]
    /// Juror ids per application id, sorted.
    public var byApplication: [String: [String]]
    /// Applications that could not get all their readers, and why.
    public var shortfalls: [(application: String, reason: Localized)]
    /// Conflicts found, per application id: juror id and reason.
    public var conflicts: [String: [(juror: String, reason: Localized)]]

    /// Deterministic: the most constrained applications are served first (fewest free jurors,
    /// then id); each takes the least-loaded free jurors (ties by juror id).
    public init(applications: [(id: String, sirens: Set<String>)], jurors: [Juror], readers: Int) {
        byJuror = Dictionary(uniqueKeysWithValues: jurors.map { ($0.id, []) })
        byApplication = [:]
        shortfalls = []
        conflicts = [:]
        var free: [String: [Juror]] = [:]
        for application in applications {
            var available: [Juror] = []
            for juror in jurors {
                if let reason = juror.conflict(with: application.id, sirens: application.sirens) {
                    conflicts[application.id, default: []].append((juror.id, reason))
                } else {
                    available.append(juror)
                }
            }
            free[application.id] = available
        }
        let order = applications.map(\.id).sorted { a, b in
            let (x, y) = (free[a]?.count ?? 0, free[b]?.count ?? 0)
            return x != y ? x < y : a < b
        }
        var load: [String: Int] = Dictionary(uniqueKeysWithValues: jurors.map { ($0.id, 0) })
        for application in order {
            let chosen = (free[application] ?? [])
                .sorted { (load[$0.id]!, $0.id) < (load[$1.id]!, $1.id) }
                .prefix(readers)
            for juror in chosen {
                load[juror.id]! += 1
                byJuror[juror.id, default: []].append(application)
            }
            byApplication[application] = chosen.map(\.id).sorted()
            if chosen.count < readers {
                let excluded = jurors.count - (free[application]?.count ?? 0)
                shortfalls.append(
                    (
                        application,
                        Localized(
                            fr:
                                "\(chosen.count) lecteur(s) sur \(readers) : \(jurors.count) juré(s), dont \(excluded) en conflit d’intérêts",
                            en:
                                "\(chosen.count) reader(s) of \(readers): \(jurors.count) juror(s), \(excluded) of them in conflict"
                        )
                    ))
            }
        }
        rebalance(free: free, load: &load)
        for key in byJuror.keys { byJuror[key]!.sort() }
        for key in byApplication.keys { byApplication[key]!.sort() }
        shortfalls.sort { $0.application < $1.application }
    }

    /// Moves readings from the busiest jurors to the least busy while that narrows the spread:
    /// a reading moves from A to B when B is free of conflict and not already reading it.
    /// Deterministic: jurors and applications are tried in id order.
    private mutating func rebalance(free: [String: [Juror]], load: inout [String: Int]) {
        var moved = true
        while moved {
            moved = false
            let jurors = load.keys.sorted()
            guard let high = jurors.max(by: { (load[$0]!, $1) < (load[$1]!, $0) }),
                let low = jurors.min(by: { (load[$0]!, $0) < (load[$1]!, $1) }),
                load[high]! - load[low]! >= 2
            else { return }
            // Any busier-than-average juror may give to any lighter one; try the widest gap first.
            let donors = jurors.filter { load[$0]! > load[low]! + 1 }.sorted { (load[$1]!, $0) < (load[$0]!, $1) }
            let takers = jurors.filter { load[$0]! < load[high]! - 1 }.sorted { (load[$0]!, $0) < (load[$1]!, $1) }
            search: for donor in donors {
                for taker in takers where load[donor]! - load[taker]! >= 2 {
                    for application in (byJuror[donor] ?? []).sorted() {
                        let readers = byApplication[application] ?? []
                        guard !readers.contains(taker), free[application]?.contains(where: { $0.id == taker }) == true else {
                            continue
                        }
                        byJuror[donor]!.removeAll { $0 == application }
                        byJuror[taker, default: []].append(application)
                        byApplication[application] = readers.filter { $0 != donor } + [taker]
                        load[donor]! -= 1
                        load[taker]! += 1
                        moved = true
                        break search
                    }
                }
            }
        }
    }

    /// The busiest juror's load minus the least busy's.
    public var imbalance: Int {
        let loads = byJuror.values.map(\.count)
        return (loads.max() ?? 0) - (loads.min() ?? 0)
    }
}

/// The jury names applications by file name (without `.xml`): two files with the same name in
/// one batch would be one application to the jury, and conflicts could slip through.
public enum JuryIDs {
    /// Throws a problem per application id used by two files of the batch.
    public static func requireUnique(_ summaries: [ApplicationSummary]) throws(ProblemList) {
        var seen: [String: String] = [:]
        var problems: [Problem] = []
        for summary in summaries {
            if let first = seen[summary.id] {
                problems.append(
                    Problem(
                        kind: .input, location: SourceLocation(file: summary.file, line: 0),
                        message: Localized(
                            fr:
                                "même identifiant « \(summary.id) » que \(first) : le jury désigne les dossiers par leur nom de fichier — renommez l’un des deux",
                            en:
                                "same id “\(summary.id)” as \(first): the jury names applications by file name — rename one of them"
                        )))
            } else {
                seen[summary.id] = summary.file
            }
        }
        if !problems.isEmpty { throw ProblemList(problems) }
    }
}
