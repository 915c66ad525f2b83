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
                shortfalls.append((
                    application,
                    Localized(
                        fr: "\(chosen.count) lecteur(s) sur \(readers) : \(jurors.count) juré(s), dont \(excluded) en conflit d’intérêts",
                        en: "\(chosen.count) reader(s) of \(readers): \(jurors.count) juror(s), \(excluded) of them in conflict")))
            }
        }
        for key in byJuror.keys { byJuror[key]!.sort() }
        shortfalls.sort { $0.application < $1.application }
    }

    /// The busiest juror's load minus the least busy's.
    public var imbalance: Int {
        let loads = byJuror.values.map(\.count)
        return (loads.max() ?? 0) - (loads.min() ?? 0)
    }
}
