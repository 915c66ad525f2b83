import Foundation
public import PTCEModel
import PTCEEngine
import PTCEFormats
import PTCEReports

/// Why a report could not be written, in plain words: never a framework's error number.
public struct WriteFailure: Error, Sendable {
    public enum Kind: Sendable, Equatable {
        /// Another run holds the output folder's lock; its process id, when it wrote one.
        case busy(holder: String?)
        /// A system call failed with this `errno`.
        case system(code: Int32)
    }

    public var kind: Kind
    /// The file or folder concerned.
    public var path: String

    public init(_ kind: Kind, path: String) {
        self.kind = kind
        self.path = path
    }

    /// What went wrong, for a person: the path (visibly escaped) and the cause.
    public var message: Localized {
        let shown = VisibleText.escape(path)
        switch kind {
        case .busy(let holder):
            let process = holder.map { " (pid \($0))" } ?? ""
            return Localized(
                fr: "\(shown) est déjà utilisé par un autre `ptce rank`\(process) : une seule exécution à la fois par "
                    + "dossier de sortie — attendez la fin de l’autre, ou choisissez un autre --out",
                en: "\(shown) is already in use by another `ptce rank`\(process): one run at a time per output folder — "
                    + "wait for the other to finish, or choose another --out")
        case .system(let code):
            let cause = WriteFailure.cause(code)
            return Localized(fr: "\(shown) : \(cause.fr)", en: "\(shown): \(cause.en)")
        }
    }

    /// The plain words for an `errno` met while creating, writing or renaming files.
    public static func cause(_ code: Int32) -> Localized {
        switch code {
        case ENOENT: Localized(fr: "un dossier du chemin n’existe pas", en: "a folder in the path does not exist")
        case ENOTDIR:
            Localized(fr: "une partie du chemin est un fichier, pas un dossier", en: "part of the path is a file, not a folder")
        case EEXIST: Localized(fr: "existe déjà et n’est pas un dossier", en: "already exists and is not a folder")
        case EISDIR: Localized(fr: "c’est un dossier, pas un fichier", en: "it is a folder, not a file")
        case EACCES, EPERM: Localized(fr: "permission refusée", en: "permission denied")
        case EROFS: Localized(fr: "le disque est en lecture seule", en: "the disk is read-only")
        case ENOSPC, EDQUOT: Localized(fr: "plus de place sur le disque", en: "no space left on the disk")
        case ENAMETOOLONG: Localized(fr: "nom trop long", en: "name too long")
        case ELOOP: Localized(fr: "trop de liens symboliques dans le chemin", en: "too many symbolic links in the path")
        case EIO: Localized(fr: "erreur matérielle du disque", en: "the disk reported a hardware error")
        default:
            Localized(
                fr: "erreur système \(code) (\(String(cString: strerror(code))))",
                en: "system error \(code) (\(String(cString: strerror(code))))")
        }
    }

    /// The `errno` behind `error`, when one can be found: a `POSIXError`, an error of the POSIX
    /// domain, one of Foundation's file errors, or the error beneath it.
    public static func code(of error: any Error) -> Int32? {
        if let error = error as? WriteFailure, case .system(let code) = error.kind { return code }
        if let error = error as? POSIXError { return error.code.rawValue }
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? any Error, let code = code(of: underlying) {
            return code
        }
        if error.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: error.code) {
            case .fileNoSuchFile, .fileReadNoSuchFile: return ENOENT
            case .fileWriteNoPermission, .fileReadNoPermission: return EACCES
            case .fileWriteOutOfSpace: return ENOSPC
            case .fileWriteVolumeReadOnly: return EROFS
            case .fileWriteFileExists: return EEXIST
            case .fileWriteInvalidFileName, .fileReadInvalidFileName: return ENAMETOOLONG
            default: return nil
            }
        }
        return nil
    }
}
