public import Foundation

/// An instant with the time-zone offset it was written with (`2015-06-30T23:59:00+02:00`).
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The instant.
    public var date: Date
    /// The text as written, kept for display.
    public var text: String

    /// Parses `YYYY-MM-DDThh:mm:ss[.fff](Z|±hh:mm)`; nil if the form or a field is wrong.
    ///
    /// As in `xs:dateTime`, `24:00:00` is the first instant of the next day. Years are
    /// four digits (see ``hasYearBeyondLimit(_:)`` for the ones XSD allows beyond).
    public init?(_ text: String) {
        let utf8 = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= utf8.count else { return nil }
            var value = 0
            for byte in utf8[range] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard utf8.count >= 20, utf8[4] == 45, utf8[7] == 45, utf8[10] == 84, utf8[13] == 58, utf8[16] == 58,
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            (1...12).contains(month), (1...31).contains(day), hour <= 24, minute < 60, second < 60
        else { return nil }
        var index = 19
        var fraction = 0.0
        if utf8[index] == 46 {
            var scale = 0.1
            index += 1
            while index < utf8.count, (48...57).contains(utf8[index]) {
                fraction += Double(utf8[index] - 48) * scale
                scale /= 10
                index += 1
            }
        }
        guard index < utf8.count, hour < 24 || (minute == 0 && second == 0 && fraction == 0) else { return nil }
        let offsetSeconds: Int
        if utf8[index] == 90, index == utf8.count - 1 {
            offsetSeconds = 0
        } else if utf8[index] == 43 || utf8[index] == 45, utf8.count == index + 6, utf8[index + 3] == 58,
            let hours = number(index + 1..<index + 3), let minutes = number(index + 4..<index + 6),
            hours < 24, minutes < 60
        {
            offsetSeconds = (utf8[index] == 45 ? -1 : 1) * (hours * 3600 + minutes * 60)
        } else {
            return nil
        }
        let days = Timestamp.daysFromCivil(year: year, month: month, day: day)
        let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds) + fraction
        self.date = Date(timeIntervalSince1970: seconds)
        self.text = text
    }

    public var description: String { text }

    /// True for an `xs:dateTime` whose year has a sign or more than four digits
    /// (`-0001-…`, `12015-…`): valid XSD, but beyond the years ptce accepts (0001–9999).
    public static func hasYearBeyondLimit(_ text: String) -> Bool {
        if text.hasPrefix("-") { return true }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        return digits.count > 4
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.date < rhs.date }

    public static func == (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.date == rhs.date }

    public func hash(into hasher: inout Hasher) { hasher.combine(date) }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

extension Timestamp: Codable {
    /// Encoded as written (`2015-06-30T23:59:00+02:00`), so the offset survives.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Timestamp(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date-time with a zone: \(text)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
