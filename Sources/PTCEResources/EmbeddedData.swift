/// The data files `ptce` ships — the schemas and the two national calls' criteria — compiled
/// into the binary, so that the tool (or a program embedding its core) needs no file on disk.
///
/// Keys are the files' paths in the repository (`Schemas/application.xsd`,
/// `Criteria/ptce-2015.xml`…), which reports and messages show as their origin.
public enum EmbeddedData {
    /// Every embedded file, by its repository path.
    public static let files: [String: [UInt8]] = [
        "Schemas/application.xsd": PackageResources.application_xsd,
        "Schemas/jurors.xsd": PackageResources.jurors_xsd,
        "Schemas/marks.xsd": PackageResources.marks_xsd,
        "Criteria/criteria.xsd": PackageResources.criteria_xsd,
        "Criteria/scenarios.xsd": PackageResources.scenarios_xsd,
        "Criteria/ptce-2013.xml": PackageResources.ptce_2013_xml,
        "Criteria/ptce-2015.xml": PackageResources.ptce_2015_xml,
    ]
}
