public import PTCEEngine
public import PTCEFormats
import PTCEReports
public import PTCEModel

extension MarkSheets {
    /// Reads every `*.csv` and `*.xml` sheet under `folder`, in path order.
    public static func load(folder: String) throws(ProblemList) -> Loaded {
        let inputs = InputFiles.expand([folder])
        if !inputs.missing.isEmpty { throw .input(folder, fr: "dossier de notes introuvable", en: "marks folder not found") }
        // Sheets are jury files, which the application walk lists as ignored: take both lists.
        let sheets = (inputs.files + inputs.ignored).filter {
            $0.lowercased().hasSuffix(".csv") || $0.lowercased().hasSuffix(".xml")
        }.sorted()
        return read(sheets: sheets)
    }
}
