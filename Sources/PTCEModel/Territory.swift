/// The activity territory and its priority-area flags.
public struct Territory: Sendable, Hashable {
    public var name: String
    public var description: String?
    public var departements: [String]
    public var epcis: [String]
    public var communes: [String]
    public var qpvCodes: [String]
    public var deindustrialised: Bool?
    public var ruralRevitalisation: Bool?
    public var population: Int?

    public init(
        name: String, description: String? = nil, departements: [String] = [], epcis: [String] = [],
        communes: [String] = [], qpvCodes: [String] = [], deindustrialised: Bool? = nil,
        ruralRevitalisation: Bool? = nil, population: Int? = nil
    ) {
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

    /// True when one of the territory's départements, given or implied by a commune, is overseas.
    public var isOverseas: Bool { allDepartements.contains { Identifiers.overseasDepartements.contains($0) } }
}
