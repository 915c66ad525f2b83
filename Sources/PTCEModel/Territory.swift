/// The activity territory and its priority-area flags.
public struct Territory: Sendable, Hashable {
    public var name: String
    public var description: String?
    public var departements: [String]
    public var epcis: [String]
    public var communes: [String]
    public var qpvCodes: [String]
    /// Zones urbaines sensibles (before 2014; the 2013 call's priority neighbourhoods).
    public var zusCodes: [String]
    /// Contrats urbains de cohésion sociale neighbourhoods (before 2014).
    public var cucsCodes: [String]
    public var deindustrialised: Bool?
    public var ruralRevitalisation: Bool?
    /// A declining rural area, as the 2013 call named it (stated).
    public var decliningRural: Bool?
    /// The 2015 steering committee's priority themes the project serves.
    public var priorityThemes: [PriorityTheme]
    public var population: Int?

    public init(
        name: String, description: String? = nil, departements: [String] = [], epcis: [String] = [],
        communes: [String] = [], qpvCodes: [String] = [], zusCodes: [String] = [], cucsCodes: [String] = [],
        deindustrialised: Bool? = nil, ruralRevitalisation: Bool? = nil, decliningRural: Bool? = nil,
        priorityThemes: [PriorityTheme] = [], population: Int? = nil
    ) {
        self.zusCodes = zusCodes
        self.cucsCodes = cucsCodes
        self.decliningRural = decliningRural
        self.priorityThemes = priorityThemes
        self.name = name
        self.description = description
        self.departements = departements
        self.epcis = epcis
        self.communes = communes
        self.qpvCodes = qpvCodes
        self.deindustrialised = deindustrialised
        self.ruralRevitalisation = ruralRevitalisation
        self.population = population
    }

    /// The départements given, plus those of the communes listed (a commune code starts with
    /// its département: 2 characters, 3 overseas), in order and without repeats.
    public var allDepartements: [String] {
        var result: [String] = []
        for code in departements + communes.map(Territory.departement(ofCommune:)) where !result.contains(code) {
            result.append(code)
        }
        return result
    }

    /// The département of an INSEE commune code ("97407" → "974", "2A004" → "2A", "42187" → "42").
    public static func departement(ofCommune code: String) -> String {
        String(code.prefix(code.hasPrefix("97") ? 3 : 2))
    }

    /// True when one of the territory's codes, given or implied by a commune, is an overseas
    /// département (971–974, 976) or an overseas collectivity (975, 977, 978).
    public var isOverseas: Bool {
        allDepartements.contains {
            Identifiers.overseasDepartements.contains($0) || Identifiers.overseasCollectivities.contains($0)
        }
    }
}

/// Themes the 2015 national steering committee encouraged, beside the priority areas.
public enum PriorityTheme: String, Sendable, Hashable, CaseIterable {
    case academicSupport = "academic-support"
    case youthGuidance = "youth-guidance"
    case shortCircuits = "short-circuits"
    case organicAgriculture = "organic-agriculture"
}
