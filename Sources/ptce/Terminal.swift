import Foundation
import PTCEReports
import PTCEFormats
import PTCEPipeline

/// Access to environment variables.
enum Environment {
    /// The variable's value, nil when unset or empty. Read with `getenv`, as
    /// `ProcessInfo.environment` would copy the whole environment into a dictionary on each call.
    static func value(_ name: String) -> String? {
        guard let pointer = getenv(name) else { return nil }
        let value = String(cString: pointer)
        return value.isEmpty ? nil : value
    }
}

/// Writes to stdout and stderr, with colours only on a terminal and never under `NO_COLOR`.
struct Terminal: Sendable {
    enum Style: String {
        case red = "31"
        case green = "32"
        case yellow = "33"
        case bold = "1"
        case dim = "2"
    }

    let colorsOnStdout: Bool
    let colorsOnStderr: Bool

    init(colors: Bool) {
        let allowed = colors && Environment.value("NO_COLOR") == nil && Environment.value("TERM") != "dumb"
        colorsOnStdout = allowed && isatty(STDOUT_FILENO) == 1
        colorsOnStderr = allowed && isatty(STDERR_FILENO) == 1
    }

    func paint(_ text: String, _ style: Style, stderr: Bool = false) -> String {
        (stderr ? colorsOnStderr : colorsOnStdout) ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// Colours for the report renderers' emphasis.
    var style: @Sendable (String, CheckReport.Emphasis) -> String {
        let enabled = colorsOnStdout
        return { text, emphasis in
            guard enabled else { return text }
            let code =
                switch emphasis {
                case .pass: "32"
                case .fail: "31"
                case .undetermined: "33"
                case .heading: "1"
                case .dim: "2"
                }
            return "\u{1B}[\(code)m\(text)\u{1B}[0m"
        }
    }

    func out(_ line: String) {
        print(line)
    }

    func err(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
