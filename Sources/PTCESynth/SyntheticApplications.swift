import Foundation
import PTCEModel

/// Writes realistic synthetic applications, deterministically from a seed: tens of members,
/// a three-year budget, several projects, French text with accents. A share of them is made
/// invalid (a broken SIREN, an unbalanced budget, malformed XML) and a share ineligible
/// (no conventional business, a previous laureate, a late submission, a public carrier).
public struct SyntheticApplications {
    public var seed: UInt64
    public var invalidShare: Double
    public var ineligibleShare: Double

    public init(seed: UInt64, invalidShare: Double = 0.05, ineligibleShare: Double = 0.2) {
        self.seed = seed
        self.invalidShare = invalidShare
        self.ineligibleShare = ineligibleShare
    }

    /// The file name and text of application number `index` (0-based).
    public func application(_ index: Int) -> (name: String, text: String) {
        var random = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        let departement = Self.departements[random.next(Self.departements.count)]
        let place = Self.places[random.next(Self.places.count)]
        let theme = Self.themes[random.next(Self.themes.count)]
        let name = "Pôle \(theme.0) \(place) n° \(index + 1)"
        let sirenBase = 100_000_000 + index * 1_000
        var sirenIndex = 0
        func siren() -> String {
            sirenIndex += 1
            return Self.luhnComplete(String(format: "%08d", (sirenBase + sirenIndex) % 100_000_000))
        }
        let defect = random.unit() < invalidShare ? random.next(3) : -1
        let ineligibility = defect < 0 && random.unit() < ineligibleShare ? random.next(4) : -1

        var members: [String] = []
        let memberCount = 8 + random.next(23)
        let carrierSiren = siren()
        members.append(
            member(
                "m1", "Association \(place) Coopération", "association", carrierSiren, "ess-enterprise",
                "<ess basis=\"status\"/>", departement, "Structure porteuse", "Acteurs de l’ESS"))
        for number in 2...memberCount {
            let id = "m\(number)"
            switch number {
            case 2 where ineligibility != 0:
                members.append(
                    member(
                        id, "\(Self.companies[random.next(Self.companies.count)]) \(place) SAS", "sas", siren(),
                        "conventional-business", "<ess basis=\"none\"/>", departement, "Entreprise partenaire", "Entreprises"))
            case 3:
                members.append(
                    member(
                        id, "Communauté de communes de \(place)", "epci", siren(), "local-authority", "", departement,
                        "Collectivité partenaire", "Collectivités"))
            default:
                let kind = random.next(5)
                let forms = [
                    ("scop", "SCOP"), ("association", "Association"), ("scic", "SCIC"), ("cooperative", "Coopérative"),
                    ("association", "Chantier d’insertion"),
                ]
                if kind < 4 {
                    let (form, label) = forms[random.next(forms.count)]
                    members.append(
                        member(
                            id, "\(label) \(Self.trades[random.next(Self.trades.count)]) de \(place) \(number)", form, siren(),
                            "ess-enterprise", "<ess basis=\"status\"/>", departement, "Membre", "Acteurs de l’ESS"))
                } else {
                    members.append(
                        member(
                            id, "Lycée professionnel de \(place) \(number)", "public-establishment", siren(), "training-body", "",
                            departement, "Formation", "Société civile"))
                }
            }
        }
        var costs = [Int](repeating: 0, count: 3)
        var years: [String] = []
        let base = 80_000 + random.next(120) * 1_000
        var request = 0
        for year in 0..<3 {
            costs[year] = base + year * 10_000
            let own = costs[year] * (8 + year * 10 + random.next(8)) / 100
            let call = costs[year] * 30 / 100
            let commune = costs[year] * (10 + random.next(8)) / 100
            let region = costs[year] * (5 + random.next(10)) / 100
            let inKind = costs[year] * 3 / 100
            var rest = costs[year] - own - call - commune - region - inKind
            if defect == 1 && year == 1 { rest -= 500 }
            request += call
            years.append(
                """
                    <year index="\(year + 1)" calendarYear="\(2016 + year)">
                      <eligibleCosts>\(costs[year]).00</eligibleCosts>
                      <resource source="call-request" amount="\(call).00"/>
                      <resource source="local-authority" funder="Communauté de communes de \(place)" amount="\(commune).00"/>
                      <resource source="local-authority" funder="Région" amount="\(region).00"/>
                      <resource source="sales" amount="\(own).00"/>
                      <resource source="in-kind" amount="\(inKind).00"/>
                      <resource source="foundation" funder="Fondation des territoires" amount="\(rest).00"/>
                    </year>
                """)
        }
        let projects = (0..<(1 + random.next(4))).map { number in
            """
                <project>
                  <title>\(Self.trades[random.next(Self.trades.count)].capitalized) solidaire \(number + 1) — \(theme.1)</title>
                  <activity>Création d’activités et d’emplois locaux autour de « \(theme.1) », avec les habitants du territoire.</activity>
                  <jobsCreatedFte>\(1 + random.next(6)).\(random.next(2) * 5)</jobsCreatedFte>
                  <insertionJobs>\(random.next(8))</insertionJobs>
                </project>
            """
        }
        let shares = [
            "shared-jobs", "employer-grouping", "shared-premises", "group-purchasing", "hr-function", "equipment", "services",
        ]
        let actions = (0..<(2 + random.next(4))).map { number in
            let kind = ["pooling", "cooperation", "partnership", "value-chain"][random.next(4)]
            let shared =
                kind == "pooling"
                ? "<shares>\(shares[random.next(shares.count)])</shares><shares>\(shares[random.next(shares.count)])</shares>"
                : ""
            return
                "    <action kind=\"\(kind)\" members=\"m1 m\(2 + random.next(memberCount - 1))\"><title>Action \(number + 1) : \(theme.1) à \(place)</title>\(shared)</action>"
        }
        let submitted =
            ineligibility == 2
            ? "2015-07-0\(1 + random.next(5))T10:00:00+02:00"
            : "2015-06-\(10 + random.next(19))T\(10 + random.next(8)):\(10 + random.next(40)):00+02:00"
        let carrierForm = ineligibility == 3 ? "syndicat-mixte" : "association"
        let previous =
            ineligibility == 1
            ? "<previousStateSupport received=\"true\" call=\"2013\" amount=\"150000.00\"/>"
            : "<previousStateSupport received=\"false\"/>"
        let qpv =
            random.next(3) == 0
            ? "\n    <qpv>QP\(departement.count == 2 ? departement + "0" : departement)\(String(format: "%03d", 1 + random.next(40)))</qpv>"
            : ""
        let carrierSirenText =
            defect == 0 ? String(carrierSiren.dropLast()) + String((Int(String(carrierSiren.last!))! + 1) % 10) : carrierSiren
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- Synthetic application \(index + 1) (seed \(seed)), generated by `ptce synth`: every detail is invented. -->
            <application xmlns="urn:x-ptce:application:1" formatVersion="1" call="2015">
              <identity>
                <name>\(name)</name>
                <submittedAt>\(submitted)</submittedAt>
                <stage>\(random.next(2) == 0 ? "construction" : "consolidation")</stage>
                <summary>Pôle de coopération économique de \(place) : \(theme.1), mutualisation et création d’emplois non délocalisables.</summary>
                <requestedAmount>\(request).00</requestedAmount>
              </identity>
              <carrier member="m1">
                <name>Association \(place) Coopération</name>
                <legalForm>\(carrierForm)</legalForm>
                <siren>\(carrierSirenText)</siren>
                <privateLaw>\(carrierForm == "association")</privateLaw>
              </carrier>
              <members>
            \(members.joined(separator: "\n"))
              </members>
              <territory>
                <name>Pays de \(place)</name>
                <departement>\(departement)</departement>
                <commune>\(departement.count == 2 ? departement : String(departement.prefix(3)))\(departement.count == 2 ? String(format: "%03d", 1 + random.next(300)) : String(format: "%02d", 1 + random.next(20)))</commune>\(qpv)
                <deindustrialised>\(random.next(2) == 0)</deindustrialised>
                <ruralRevitalisation>\(random.next(3) == 0)</ruralRevitalisation>
              </territory>
              <strategy>
                <summary>Mutualiser les moyens des structures de l’ESS et coopérer avec les entreprises du territoire.</summary>
            \(actions.joined(separator: "\n"))
              </strategy>
              <innovation social="true" technological="\(random.next(3) == 0)">
                <description>Une réponse coopérative à \(theme.1), portée par des habitants et des entreprises.</description>
              </innovation>
              <projects>
            \(projects.joined(separator: "\n"))
              </projects>
              <budget currency="EUR">
            \(years.joined(separator: "\n"))
              </budget>
              <governance>
                <body name="Conseil d’administration">
                  <college name="Acteurs de l’ESS" seats="\(3 + random.next(5))"/>
                  <college name="Entreprises" seats="\(1 + random.next(3))"/>
                  <college name="Collectivités" seats="2"/>
                </body>
                <deliberates>member-organisations employees\(random.next(2) == 0 ? " citizens" : "")</deliberates>
              </governance>
              \(previous)
            </application>

            """
        if defect == 2 {
            text = text.replacingOccurrences(of: "</strategy>", with: "</strategie>")
        }
        return (String(format: "synthetic-%06d.xml", index + 1), text)
    }

    private func member(
        _ id: String, _ name: String, _ form: String, _ siren: String, _ category: String, _ ess: String,
        _ departement: String, _ role: String, _ college: String
    ) -> String {
        """
            <member id="\(id)" person="legal">
              <name>\(name)</name>
              <legalForm>\(form)</legalForm>
              <siren>\(siren)</siren>
              <category>\(category)</category>\(ess.isEmpty ? "" : "\n      " + ess)
              <role>\(role)</role>
              <college>\(college)</college>
            </member>
        """
    }

    /// Appends the Luhn check digit to 8 digits.
    static func luhnComplete(_ digits: String) -> String {
        (0...9).map { digits + String($0) }.first { Identifiers.isValidSiren($0) }!
    }

    static let departements = [
        "01", "07", "13", "22", "29", "31", "33", "35", "38", "42", "44", "59", "62", "67", "69", "74", "84", "93", "971", "972",
        "974",
    ]
    static let places = [
        "Bièvre", "Forez", "Vercors", "Trégor", "Cornouaille", "Comminges", "Médoc", "Vitré", "Grésivaudan", "Roannais",
        "Estuaire", "Hainaut", "Artois", "Alsace bossue", "Beaujolais", "Chablais", "Comtat", "Plaine Commune", "Grande-Terre",
        "Centre Martinique", "Ouest Réunion",
    ]
    static let themes = [
        ("alimentaire", "circuits courts et alimentation bio"), ("du réemploi", "réemploi et économie circulaire"),
        ("énergie", "rénovation énergétique et précarité"), ("culturel", "culture et industries créatives"),
        ("mobilité", "mobilité solidaire"), ("numérique", "inclusion numérique"),
        ("services", "services à la personne et petite enfance"),
    ]
    static let trades = [
        "maraîchage", "menuiserie", "recyclerie", "épicerie", "transport", "médiation", "crèche", "atelier vélo", "tiers-lieu",
        "conserverie",
    ]
    static let companies = ["Matériaux", "Transports", "Imprimerie", "Bâtiment", "Logistique", "Textiles"]
}

/// A small, fast, deterministic pseudo-random generator (SplitMix64).
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func nextRaw() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0..<bound.
    mutating func next(_ bound: Int) -> Int { Int(nextRaw() % UInt64(max(1, bound))) }

    /// [0, 1).
    mutating func unit() -> Double { Double(nextRaw() >> 11) / Double(1 << 53) }
}
