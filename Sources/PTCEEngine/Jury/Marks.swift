public import Foundation
public import PTCEModel
import XMLSafe

/// One value a juror gave: a mark, or an adjustment of a mixed score.
public struct JurorMark: Sendable, Hashable {
    /// The juror who gave it.
    public var juror: String
    /// The application id (its file name without `.xml`).
    public var application: String
    /// The criterion id.
    public var criterion: String
    /// The mark or adjustment.
    public var value: Decimal
    /// The call the sheet was written for (`ptce-2015`), when the sheet says.
    public var call: String?
    /// Where it was read, for messages.
    public var file: String
    /// The line where it was read.
    public var line: Int

    /// A mark from its parts.
    public init(
        juror: String, application: String, criterion: String, value: Decimal, call: String? = nil, file: String, line: Int
    ) {
        self.call = call
        self.juror = juror
        self.application = application
        self.criterion = criterion
        self.value = value
        self.file = file
        self.line = line
    }
}

/// Reads filled mark sheets from a folder: `*.csv` (`juror;application;criterion;value;…`) and
/// `*.xml` (`Schemas/marks.xsd`). Empty values are "not marked yet" and skipped.
public enum MarkSheets {
    /// What a folder of sheets held: the marks, the problems, the files.
    public struct Loaded: Sendable {
        /// Every mark read.
        public var marks: [JurorMark]
        /// Rows that could not be read, located.
        public var problems: [Problem]
        /// Every sheet read, with its SHA-256, for the audit block.
        public var files: [(path: String, sha256: String)]

        /// A result from its parts.
        public init(marks: [JurorMark], problems: [Problem], files: [(path: String, sha256: String)]) {
            self.marks = marks
            self.problems = problems
            self.files = files
        }
    }

    /// Reads every sheet (`*.csv`, `*.xml`) under `folder`.
    public static func load(folder: String) throws(ProblemList) -> Loaded {
        let inputs = InputFiles.expand([folder])
        if !inputs.missing.isEmpty { throw .input(folder, fr: "dossier de notes introuvable", en: "marks folder not found") }
        var loaded = Loaded(marks: [], problems: [], files: [])
        // Sheets are jury files, which the application walk lists as ignored: take both lists.
        let sheets = (inputs.files + inputs.ignored).filter {
            $0.lowercased().hasSuffix(".csv") || $0.lowercased().hasSuffix(".xml")
        }.sorted()
        for path in sheets {
            do {
                let bytes = try FileInput.read(path, limit: XMLLimits.standard.maxFileBytes)
                loaded.files.append((path, sha256Hex(bytes)))
                if path.lowercased().hasSuffix(".csv") {
                    let (marks, problems) = try csv(bytes, path: path)
                    loaded.marks += marks
                    loaded.problems += problems
                } else {
                    loaded.marks += try xml(bytes, path: path)
                }
            } catch {
                loaded.problems += error.problems
            }
        }
        // The same mark in a sheet's CSV and XML forms counts once; two different values for
        // the same juror, application and criterion are both refused.
        var unique: [String: JurorMark] = [:]
        var contradicted = Set<String>()
        for mark in loaded.marks {
            let key = "\(mark.juror)\u{0}\(mark.application)\u{0}\(mark.criterion)"
            if let first = unique[key] {
                if first.value != mark.value {
                    contradicted.insert(key)
                    loaded.problems.append(
                        Problem(
                            kind: .value, location: XMLLocation(file: mark.file, line: mark.line),
                            message: Localized(
                                fr: "juré \(mark.juror), dossier \(mark.application), critère \(mark.criterion) : deux notes différentes (\(first.value) dans \(first.file), \(mark.value) ici) — aucune n’est retenue",
                                en: "juror \(mark.juror), application \(mark.application), criterion \(mark.criterion): two different marks (\(first.value) in \(first.file), \(mark.value) here) — neither counts")))
                }
            } else {
                unique[key] = mark
            }
        }
        for key in contradicted { unique.removeValue(forKey: key) }
        loaded.marks = unique.values.sorted { ($0.juror, $0.application, $0.criterion) < ($1.juror, $1.application, $1.criterion) }
        return loaded
    }

    /// A mark: digits with an optional sign and one decimal point or comma, nothing else.
    static func parse(_ text: String) -> Decimal? {
        let normalised = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard normalised.wholeMatch(of: /[+-]?[0-9]+(\.[0-9]+)?/) != nil else { return nil }
        return Decimal(string: normalised, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Marks of a CSV sheet, and the rows refused (each on its own: one bad cell does not
    /// discard the sheet).
    static func csv(_ bytes: [UInt8], path: String) throws(ProblemList) -> ([JurorMark], [Problem]) {
        let rows = try CSVRows.read(bytes, path: path)
        guard let header = rows.first?.map({ $0.lowercased().trimmingCharacters(in: .whitespaces) }),
            let juror = header.firstIndex(of: "juror"), let application = header.firstIndex(of: "application"),
            let criterion = header.firstIndex(of: "criterion"), let value = header.firstIndex(of: "value")
        else {
            throw .input(
                path, fr: "colonnes attendues : juror;application;criterion;value", en: "expected columns: juror;application;criterion;value")
        }
        let needed = max(juror, application, criterion, value)
        let callColumn = header.firstIndex(of: "call")
        var marks: [JurorMark] = []
        var problems: [Problem] = []
        for (index, row) in rows.enumerated().dropFirst() {
            let line = index + 1
            guard row.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { continue }
            guard row.count > needed else {
                problems.append(
                    Problem(
                        kind: .value, location: XMLLocation(file: path, line: line),
                        message: Localized(fr: "ligne incomplète : il manque des colonnes", en: "incomplete row: columns are missing")))
                continue
            }
            let text = row[value]
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            guard let number = parse(text) else {
                problems.append(
                    Problem(
                        kind: .value, location: XMLLocation(file: path, line: line),
                        message: Localized(fr: "« \(text) » n’est pas une note", en: "“\(text)” is not a mark")))
                continue
            }
            marks.append(
                JurorMark(
                    juror: row[juror], application: row[application], criterion: row[criterion], value: number,
                    call: callColumn.flatMap { $0 < row.count && !row[$0].isEmpty ? row[$0] : nil }, file: path, line: line))
        }
        return (marks, problems)
    }

    static func xml(_ bytes: [UInt8], path: String) throws(ProblemList) -> [JurorMark] {
        let schema = try DataFiles.schema("Schemas/marks.xsd")
        let root: XMLElement
        do {
            root = try XMLReader().read(bytes: bytes, path: path, schema: schema)
        } catch {
            throw ProblemList(error.diagnostics.map(Problem.init))
        }
        let juror = root.attributes["juror"] ?? ""
        let call = root.attributes["call"]
        return root.children("mark").compactMap { element in
            guard let value = parse(element.attributes["value"] ?? "") else { return nil }
            return JurorMark(
                juror: juror, application: element.attributes["application"] ?? "",
                criterion: element.attributes["criterion"] ?? "", value: value, call: call, file: path, line: element.line)
        }
    }
}
