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

    /// True when one of the territory's départements is overseas (971–976).
    public var isOverseas: Bool { departements.contains { Identifiers.overseasDepartements.contains($0) } }
}
