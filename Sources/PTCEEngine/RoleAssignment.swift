public import PTCEModel

/// The three roles of the composition test (décret n° 2015-431, art. 3): each held by a
/// different legal person among the members.
public enum CompositionRole: String, Sendable, Hashable, CaseIterable {
    /// An ESS enterprise (article 1).
    case ess
    /// An enterprise whose statutes are not ESS, or a grouping of mostly non-ESS enterprises.
    case nonEss
    /// Another person named in article 9 (local authority, research, education, training…).
    case other

    var label: Localized {
        switch self {
        case .ess: Localized(fr: "ESS", en: "ESS")
        case .nonEss: Localized(fr: "hors ESS", en: "non-ESS")
        case .other: Localized(fr: "autre personne de l’article 9", en: "other article-9 person")
        }
    }
}

/// The composition decided as an assignment of distinct legal persons to the three roles.
///
/// « Constitué de trois personnes morales ou plus, dont au moins » an ESS enterprise, a
/// non-ESS enterprise (or a mostly non-ESS grouping) and another article-9 person: one member
/// cannot hold two roles, and natural persons hold none. The assignment is a maximum
/// bipartite matching between roles and members: `sure` uses only what the application
/// establishes; `possible` also lets members whose status is not yet known take a role.
public struct RoleAssignment: Sendable, Hashable {
    /// The member holding each role in a best sure assignment.
    public var holders: [CompositionRole: Member]
    /// Roles filled for certain.
    public var sure: Int
    /// Roles that could be filled once the unknowns are stated.
    public var possible: Int
    /// What the application must add to decide the roles it cannot fill for certain.
    public var missing: [Localized]

    /// The members the composition test counts: legal persons, less the carrier when it is the
    /// PTCE's own legal person (it is not one of its own members).
    public static func countedMembers(of application: Application) -> [Member]? {
        guard let members = application.members else { return nil }
        let excluded = application.carrier?.ownLegalPerson == true ? application.carrier?.memberID : nil
        return members.filter { $0.isLegalPerson && $0.id != excluded }
    }

    /// The best assignment of the three roles among `members`, with ESS status under `definition`.
    public static func decide(_ members: [Member], under definition: EssDefinition) -> RoleAssignment {
        let roles = CompositionRole.allCases
        var sureEdges: [[Int]] = []
        var possibleEdges: [[Int]] = []
        var missing: [Localized] = []
        for role in roles {
            var sure: [Int] = []
            var possible: [Int] = []
            for (index, member) in members.enumerated() {
                switch fit(member, role, definition) {
                case .yes:
                    sure.append(index)
                    possible.append(index)
                case .unknown(let why):
                    possible.append(index)
                    if !missing.contains(why) { missing.append(why) }
                case .no: break
                }
            }
            sureEdges.append(sure)
            possibleEdges.append(possible)
        }
        let sureMatch = matching(sureEdges, memberCount: members.count)
        let possibleMatch = matching(possibleEdges, memberCount: members.count)
        var holders: [CompositionRole: Member] = [:]
        for (roleIndex, memberIndex) in sureMatch.enumerated() {
            if let memberIndex { holders[roles[roleIndex]] = members[memberIndex] }
        }
        let sure = holders.count
        let possible = possibleMatch.compactMap { $0 }.count
        return RoleAssignment(holders: holders, sure: sure, possible: possible, missing: sure == possible ? [] : missing)
    }

    static func fit(_ member: Member, _ role: CompositionRole, _ definition: EssDefinition) -> Fit {
        switch role {
        case .ess: Article1.essStatus(member, under: definition)
        case .nonEss: Article1.fillsNonEssRole(member, under: definition)
        case .other: Article1.fillsOtherRole(member)
        }
    }

    /// Maximum matching of roles to members (Kuhn's augmenting paths; three roles, so at most
    /// three searches over the edges). Returns the member index matched to each role.
    static func matching(_ edges: [[Int]], memberCount: Int) -> [Int?] {
        var roleOfMember = [Int?](repeating: nil, count: memberCount)
        func augment(_ role: Int, _ visited: inout [Bool]) -> Bool {
            for member in edges[role] where !visited[member] {
                visited[member] = true
                if let current = roleOfMember[member], !augment(current, &visited) { continue }
                roleOfMember[member] = role
                return true
            }
            return false
        }
        for role in edges.indices {
            var visited = [Bool](repeating: false, count: memberCount)
            _ = augment(role, &visited)
        }
        var result = [Int?](repeating: nil, count: edges.count)
        for (member, role) in roleOfMember.enumerated() {
            if let role { result[role] = member }
        }
        return result
    }

    /// "ESS : X ; hors ESS : Y ; autre personne de l’article 9 : Z", or the roles no remaining
    /// member can fill.
    public var description: Localized {
        var fr: [String] = []
        var en: [String] = []
        for role in CompositionRole.allCases {
            if let member = holders[role] {
                fr.append("\(role.label.fr) : \(member.name)")
                en.append("\(role.label.en): \(member.name)")
            } else {
                fr.append("\(role.label.fr) : aucun autre membre ne peut tenir ce rôle")
                en.append("\(role.label.en): no remaining member can hold this role")
            }
        }
        return Localized(fr: fr.joined(separator: " ; "), en: en.joined(separator: "; "))
    }
}
