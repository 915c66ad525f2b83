import CSV
import Foundation
public import PTCEModel
import XMLSafe

/// A member of the jury.
public struct Juror: Sendable, Hashable {
    /// The identifier that names the juror's mark sheet.
    public var id: String
    /// The juror's name.
    public var name: String
    /// The juror's organisation.
    public var organisation: String
    /// The organisation's SIREN: a juror is in conflict with any application that has it.
    public var siren: String?
    /// Languages the juror reads (`fr`, `en`).
    public var languages: [String]
    /// Application ids the juror declared a conflict with.
    public var declaredConflicts: Set<String>

    /// A juror from the fields of the jurors file.
    public init(
        id: String, name: String, organisation: String, siren: String? = nil, languages: [String] = [],
        declaredConflicts: Set<String> = []
    ) {
        self.id = id
        self.name = name
        self.organisation = organisation
        self.siren = siren
        self.languages = languages
        self.declaredConflicts = declaredConflicts
    }

    /// Why the juror may not read the application, or nil.
    public func conflict(with application: String, sirens: Set<String>) -> Localized? {
        if declaredConflicts.contains(application) {
            return Localized(fr: "conflit d’intérêts déclaré", en: "declared conflict of interest")
        }
        if let siren, sirens.contains(siren) {
            return Localized(
                fr: "son organisation (SIREN \(siren)) est membre ou porteuse du dossier",
                en: "their organisation (SIREN \(siren)) is a member or the carrier of the application")
        }
        return nil
    }
}

/// Reads a jurors file: XML (`Schemas/jurors.xsd`) or CSV (`id;name;organisation;siren;languages;conflicts`).
public enum JurorsFile {
    /// Reads the jurors of an XML or CSV file, refusing duplicate or unsafe ids.
    public static func load(path: String) throws(ProblemList) -> [Juror] {
        let bytes = try FileInput.read(path, limit: XMLLimits.standard.maxFileBytes)
        let jurors = path.lowercased().hasSuffix(".csv") ? try csv(bytes, path: path) : try xml(bytes, path: path)
        var seen = Set<String>()
        for juror in jurors where juror.id.wholeMatch(of: /[A-Za-z0-9][A-Za-z0-9._-]{0,63}/) == nil {
            // Ids name the mark-sheet files: no path separators, nothing hidden, nothing empty.
            throw .input(
                path, fr: "identifiant de juré « \(juror.id) » invalide : lettres, chiffres, . _ - (64 au plus)",
                en: "invalid juror id “\(juror.id)”: letters, digits, . _ - (at most 64)")
        }
        for juror in jurors where !seen.insert(juror.id).inserted {
            throw .input(path, fr: "juré « \(juror.id) » présent deux fois", en: "juror “\(juror.id)” listed twice")
        }
        for juror in jurors {
            if let siren = juror.siren, !Identifiers.isValidSiren(siren) {
                throw .input(
                    path, fr: "juré « \(juror.id) » : SIREN \(siren) invalide (clé de Luhn)",
                    en: "juror “\(juror.id)”: SIREN \(siren) is invalid (Luhn check digit)")
            }
        }
        return jurors
    }

    static func xml(_ bytes: [UInt8], path: String) throws(ProblemList) -> [Juror] {
        let schema = try DataFiles.schema("Schemas/jurors.xsd")
        let root: XMLElement
        do {
            root = try XMLReader().read(bytes: bytes, path: path, schema: schema)
        } catch {
            throw ProblemList(error.diagnostics.map(Problem.init))
        }
        return root.children("juror").map { element in
            Juror(
                id: element.attributes["id"] ?? "",
                name: element.childText("name") ?? "",
                organisation: element.childText("organisation") ?? "",
                siren: element.child("organisation")?.attributes["siren"],
                languages: (element.childText("languages") ?? "").split(separator: " ").map(String.init),
                declaredConflicts: Set(element.children("conflict").compactMap { $0.attributes["application"] }))
        }
    }

    static func csv(_ bytes: [UInt8], path: String) throws(ProblemList) -> [Juror] {
        let rows = try CSVRows.read(bytes, path: path)
        guard let header = rows.first else { throw .input(path, fr: "fichier vide", en: "empty file") }
        let columns = header.map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
        guard columns.contains("id"), columns.contains("name") else {
            throw .input(
                path, fr: "colonnes attendues : id;name;organisation;siren;languages;conflicts",
                en: "expected columns: id;name;organisation;siren;languages;conflicts")
        }
        func cell(_ row: [String], _ column: String) -> String {
            guard let index = columns.firstIndex(of: column), index < row.count else { return "" }
            return row[index].trimmingCharacters(in: .whitespaces)
        }
        return rows.dropFirst().filter { $0.contains { !$0.isEmpty } }.map { row in
            let siren = cell(row, "siren")
            return Juror(
                id: cell(row, "id"), name: cell(row, "name"), organisation: cell(row, "organisation"),
                siren: siren.isEmpty ? nil : siren,
                languages: cell(row, "languages").split(separator: " ").map(String.init),
                declaredConflicts: Set(cell(row, "conflicts").split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)))
        }
    }
}

/// CSV reading shared by the jury files: UTF-8 with or without BOM, `;` or `,` (guessed from
/// the header line).
enum CSVRows {
    static func read(_ bytes: [UInt8], path: String) throws(ProblemList) -> [[String]] {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let firstLine = text.prefix { $0 != "\n" }
        let delimiter: UnicodeScalar = firstLine.filter { $0 == ";" }.count >= firstLine.filter { $0 == "," }.count ? ";" : ","
        do {
            let reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter)
            var rows: [[String]] = []
            while let row = reader.next() { rows.append(row) }
            if let error = reader.error { throw error }
            return rows
        } catch {
            throw .input(path, fr: "CSV illisible : \(error)", en: "unreadable CSV: \(error)")
        }
    }
}
