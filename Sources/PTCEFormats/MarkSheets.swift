import CSV
import Foundation
public import PTCEEngine
import PTCEModel
import XMLSafe

/// Reads filled mark sheets from a folder: `*.csv` (`juror;application;criterion;value;…`) and
/// `*.xml` (`Schemas/marks.xsd`). Empty values are "not marked yet" and skipped.
public enum MarkSheets {
    /// The sheets read from a folder (defined with the jury model).
    public typealias Loaded = LoadedMarks

    /// Reads the sheets at `paths` (CSV or XML by their extension), in order; a sheet that
    /// cannot be read, or a row refused, is a problem of the result, not a failure.
    public static func read(sheets paths: [String]) -> Loaded {
        var loaded = Loaded(marks: [], problems: [], files: [])
        for path in paths {
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
                            kind: .value, location: SourceLocation(file: mark.file, line: mark.line),
                            message: Localized(
                                fr:
                                    "juré \(mark.juror), dossier \(mark.application), critère \(mark.criterion) : deux notes différentes (\(first.value) dans \(first.file), \(mark.value) ici) — aucune n’est retenue",
                                en:
                                    "juror \(mark.juror), application \(mark.application), criterion \(mark.criterion): two different marks (\(first.value) in \(first.file), \(mark.value) here) — neither counts"
                            ),
                            code: "jury.contradictory-marks"))
                }
            } else {
                unique[key] = mark
            }
        }
        for key in contradicted { unique.removeValue(forKey: key) }
        loaded.marks = unique.values.sorted {
            ($0.juror, $0.application, $0.criterion) < ($1.juror, $1.application, $1.criterion)
        }
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
                path, fr: "colonnes attendues : juror;application;criterion;value",
                en: "expected columns: juror;application;criterion;value")
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
                        kind: .value, location: SourceLocation(file: path, line: line),
                        message: Localized(
                            fr: "ligne incomplète : il manque des colonnes", en: "incomplete row: columns are missing"),
                        code: "jury.incomplete-row"))
                continue
            }
            let text = row[value]
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            guard let number = parse(text) else {
                problems.append(
                    Problem(
                        kind: .value, location: SourceLocation(file: path, line: line),
                        message: Localized(fr: "« \(text) » n’est pas une note", en: "“\(text)” is not a mark"),
                        code: "jury.not-a-mark"))
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
        let root = try DocumentReader.read(bytes, path: path, as: .marks)
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
