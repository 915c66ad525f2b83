internal import CLibXML2
import Synchronization

/// Process-wide libxml2 set-up, done once before any parse.
///
/// - `xmlInitParser()` and `xmlSchemaInitTypes()` so that later calls from several threads
///   never race on lazy initialisation;
/// - catalogs disabled (`XML_CATA_ALLOW_NONE`): an `<?oasis-xml-catalog?>` cannot redirect;
/// - an external-entity loader that refuses everything and counts its calls;
/// - libxml2's generic error printer silenced: every error is collected, never printed.
///
/// This state belongs to the whole process: a program that embeds ptce and also uses libxml2
/// itself shares it (its own external entities, for one, are refused from then on). Every
/// reader and schema of this module calls ``initialize()`` first.
public enum LibXML {
    /// How many times libxml2 asked to load an external resource (always refused).
    public static var refusedExternalLoads: Int { refusedLoads.load(ordering: .relaxed) }

    /// Runs the one-time set-up; cheap to call again.
    public static func initialize() { _ = setUp }

    /// The libxml2 version this module was compiled against, e.g. "2.9.14".
    public static let version = LIBXML_DOTTED_VERSION

    private static let setUp: Void = {
        xmlInitParser()
        xmlSchemaInitTypes()
        xmlCatalogSetDefaults(XML_CATA_ALLOW_NONE)
        xmlSetExternalEntityLoader(denyAllLoader)
        ptce_silence_generic_errors()
    }()
}

let refusedLoads = Atomic<Int>(0)

private let denyAllLoader: xmlExternalEntityLoader = { _, _, _ in
    refusedLoads.add(1, ordering: .relaxed)
    return nil
}
