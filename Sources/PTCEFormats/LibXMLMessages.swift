import Foundation
import Synchronization
import PTCEModel
import PTCEEngine

/// French wording for the libxml2 messages users meet most often; libxml2 writes English only.
/// A message not recognised here is shown as libxml2 wrote it.
enum LibXMLMessages {
    private typealias Rule = (pattern: Regex<AnyRegexOutput>, french: ([Substring]) -> String)

    private static func rule(_ pattern: String, _ french: @escaping ([Substring]) -> String) -> Rule {
        // The patterns are literals of this file; a bad one is a programming error.
        (try! Regex(pattern), french)
    }

    /// Compiled once; `Regex` is not `Sendable`, so every use holds the lock (translations only
    /// happen on errors, so contention is negligible).
    private static let compiled = Mutex<[Rule]>(makeRules())

    private static func makeRules() -> [Rule] {
        [
            rule(#"^Element '([^']+)': This element is not expected\. Expected is (?:one of )?\( ?(.*?) ?\)\.?$"#) {
                "élément <\($0[1])> inattendu ici ; attendu : \($0[2])"
            },
            rule(#"^Element '([^']+)': This element is not expected\.$"#) { "élément <\($0[1])> inattendu ici" },
            rule(#"^Element '([^']+)': Missing child element\(s\)\. Expected is (?:one of )?\( ?(.*?) ?\)\.?$"#) {
                "il manque un élément dans <\($0[1])> ; attendu : \($0[2])"
            },
            rule(
                #"^Element '([^']+)'(?:, attribute '([^']+)')?: \[facet 'pattern'\] The value '(.*)' is not accepted by the pattern '.*'\.$"#
            ) {
                "\($0[2].isEmpty ? "<\($0[1])>" : "attribut \($0[2]) de <\($0[1])>") : la valeur « \($0[3]) » n’a pas la forme attendue"
            },
            rule(
                #"^Element '([^']+)'(?:, attribute '([^']+)')?: \[facet 'enumeration'\] The value '(.*)' is not an element of the set \{(.*)\}\.$"#
            ) {
                "\($0[2].isEmpty ? "<\($0[1])>" : "attribut \($0[2]) de <\($0[1])>") : « \($0[3]) » n’est pas une valeur permise (valeurs : \($0[4]))"
            },
            rule(
                #"^Element '([^']+)'(?:, attribute '([^']+)')?: \[facet 'fractionDigits'\] The value '(.*)' has more fractional digits than are allowed \('(\d+)'\)\.$"#
            ) {
                "\($0[2].isEmpty ? "<\($0[1])>" : "attribut \($0[2]) de <\($0[1])>") : « \($0[3]) » a plus de \($0[4]) décimales"
            },
            rule(
                #"^Element '([^']+)'(?:, attribute '([^']+)')?: \[facet 'minInclusive'\] The value '(.*)' is less than the minimum value allowed \('(.*)'\)\.$"#
            ) {
                "\($0[2].isEmpty ? "<\($0[1])>" : "attribut \($0[2]) de <\($0[1])>") : « \($0[3]) » est inférieur au minimum (\($0[4]))"
            },
            rule(
                #"^Element '([^']+)'(?:, attribute '([^']+)')?: \[facet 'max(?:Ex|In)clusive'\] The value '(.*)' (?:must be less than|is greater than the maximum value allowed \() ?'(.*)'\)?\.$"#
            ) {
                "\($0[2].isEmpty ? "<\($0[1])>" : "attribut \($0[2]) de <\($0[1])>") : « \($0[3]) » dépasse le maximum (\($0[4]))"
            },
            rule(
                #"^Element '([^']+)'(?:, attribute '([^']+)')?: \[facet 'maxLength'\] The value has a length of '(\d+)'; this exceeds the allowed maximum length of '(\d+)'\.$"#
            ) {
                "\($0[2].isEmpty ? "<\($0[1])>" : "attribut \($0[2]) de <\($0[1])>") : texte trop long (\($0[3]) caractères, \($0[4]) au plus)"
            },
            rule(
                #"^Element '([^']+)'(?:, attribute '([^']+)')?: \[facet 'minLength'\] The value has a length of '(\d+)'; this underruns the allowed minimum length of '(\d+)'\.$"#
            ) {
                "\($0[2].isEmpty ? "<\($0[1])>" : "attribut \($0[2]) de <\($0[1])>") : texte trop court (\($0[3]) caractères, \($0[4]) au moins)"
            },
            rule(#"^Element '([^']+)'(?:, attribute '([^']+)')?: '(.*)' is not a valid value of the atomic type 'xs:ID'\.$"#) {
                "\($0[2].isEmpty ? "<\($0[1])>" : "attribut \($0[2]) de <\($0[1])>") : l’identifiant « \($0[3]) » est déjà utilisé ou invalide"
            },
            rule(
                #"^Element '([^']+)'(?:, attribute '([^']+)')?: '(.*)' is not a valid value of the (?:atomic|local atomic) type '(.*)'\.$"#
            ) {
                "\($0[2].isEmpty ? "<\($0[1])>" : "attribut \($0[2]) de <\($0[1])>") : « \($0[3]) » n’est pas une valeur valide (\($0[4]))"
            },
            rule(#"^Element '([^']+)': The attribute '([^']+)' is required but missing\.$"#) {
                "<\($0[1])> : l’attribut \($0[2]) est obligatoire"
            },
            rule(#"^Element '([^']+)', attribute '([^']+)': The attribute '[^']+' is not allowed\.$"#) {
                "<\($0[1])> : l’attribut \($0[2]) n’est pas permis"
            },
            rule(#"^Element '([^']+)': No matching global declaration available for the validation root\.$"#) {
                "élément racine <\($0[1])> inconnu : attendu \(expectedRoot)"
            },
            rule(#"^Opening and ending tag mismatch: (\S+) line (\d+) and (\S+)$"#) {
                "la balise </\($0[3])> ne ferme pas <\($0[1])> ouverte ligne \($0[2])"
            },
            rule(#"^Premature end of data in tag (\S+) line (\d+)$"#) {
                "fin du fichier avant la fermeture de <\($0[1])> (ligne \($0[2]))"
            },
            rule(#"^Extra content at the end of the document$"#) { _ in "contenu après la fin du document" },
            rule(#"^Start tag expected, '<' not found$"#) { _ in "balise ouvrante attendue, « < » introuvable" },
            rule(#"^Document is empty$"#) { _ in "document vide" },
            rule(#"^EntityRef: expecting ';'$"#) { _ in "référence d’entité sans « ; » (écrivez &amp; pour une esperluette)" },
            rule(#"^Entity '([^']+)' not defined$"#) { "entité &\($0[1]); non définie (écrivez &amp; pour une esperluette)" },
            rule(#"^AttValue: \" or ' expected$"#) { _ in "valeur d’attribut attendue entre guillemets" },
        ]
    }

    /// Stands in a wording for the root element the document's kind expects (replaced by
    /// ``Problem/init(_:in:)``).
    static let expectedRoot = "{racine attendue}"

    /// The French wording of `message`, or nil when it is not recognised.
    static func french(_ message: String) -> String? {
        compiled.withLock { rules in
            for rule in rules {
                guard let match = try? rule.pattern.wholeMatch(in: message) else { continue }
                let groups = match.output.map { $0.substring ?? "" }
                return rule.french(groups)
            }
            return nil
        }
    }
}
