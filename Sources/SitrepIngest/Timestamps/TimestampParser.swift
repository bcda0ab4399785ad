import Foundation
import SitrepText

/// Reads publication times as news sites write them.
///
/// Accepted forms include `26/10/2023 22h41`, `2023-10-26T22:41:00+02:00`, `2023-10-26 22:41`,
/// RFC 2822 (`Thu, 26 Oct 2023 22:41:00 +0000`), `October 26, 2023`, `26 October 2023` and
/// `Oct. 26, 2023 10:41 PM ET`. Numeric dates whose day/month order the values cannot decide
/// (`05/06/2023`) follow `dayFirst`, which the caller derives from other dates in the file.
public struct TimestampParser: Sendable {
    /// How a date-shaped string failed to be a date.
    public enum Failure: Error, Equatable {
        /// It looks like a date but names none (`31/02/2023`).
        case impossible(String)
    }

    /// Whether `05/06/2023` means 5 June (true) or May 6 (false).
    public var dayFirst: Bool

    public init(dayFirst: Bool = true) {
        self.dayFirst = dayFirst
    }

    /// The timestamp `text` names; nil when it is not a date at all; `Failure.impossible`
    /// when it has a date's shape but no such day exists.
    public func parse(_ raw: String) throws(Failure) -> Timestamp? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count >= 4, text.count <= 64, let parts = Self.fields(of: text, dayFirst: dayFirst) else { return nil }
        var components = DateComponents()
        components.year = parts.year
        components.month = parts.month
        components.day = parts.day
        components.hour = parts.hour ?? 0
        components.minute = parts.minute ?? 0
        components.second = parts.second ?? 0
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = parts.zone ?? .gmt
        guard let date = calendar.date(from: components),
              calendar.dateComponents([.year, .month, .day], from: date) == DateComponents(year: parts.year, month: parts.month, day: parts.day),
              (parts.hour ?? 0) < 24, (parts.minute ?? 0) < 60, (parts.second ?? 0) < 61
        else { throw .impossible(text) }
        let precision: Timestamp.Precision = parts.second != nil ? .second : parts.hour != nil ? .minute : .day
        let offset = parts.zone.map { $0.secondsFromGMT(for: date) }
        return Timestamp(instant: date, precision: precision, utcOffset: offset, original: text)
    }

    /// The numeric (day, month) a date-shaped line names, without deciding anything else;
    /// readers compare these across a file's dates to choose the day/month order.
    public static func dayAndMonth(in text: String) -> (day: Int, month: Int)? {
        guard let parts = fields(of: text.trimmingCharacters(in: .whitespaces), dayFirst: true),
              parts.monthWasNamed else { return nil }
        return (parts.day, parts.month)
    }

    /// The two leading numbers of a numeric date (`26/10/2023` → 26, 10).
    public static func numericPair(in text: String) -> (Int, Int)? {
        guard let g = numeric.groups(in: text.trimmingCharacters(in: .whitespaces)),
              let a = g[1].flatMap({ Int($0) }), let b = g[2].flatMap({ Int($0) }) else { return nil }
        return (a, b)
    }

    private struct Fields {
        var year: Int, month: Int, day: Int
        var hour: Int?, minute: Int?, second: Int?
        var zone: TimeZone?
        var monthWasNamed = false
    }

    private static let time = #"(?:[ ,T]+(?:at\s+)?(\d{1,2})(?:[:h](\d{2}))(?::(\d{2})(?:\.\d+)?)?\s*([ap]\.?m\.?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}\b|[A-Z]{1,5})?)?\s*$"#
    private static let timeAmPmOnly = #"(?:[ ,]+(?:at\s+)?(\d{1,2})\s*([ap]\.?m\.?)\s*([A-Z]{1,5})?)?\s*$"#
    private static let iso = Pattern(#"^(\d{4})-(\d{1,2})-(\d{1,2})"# + time)
    private static let numeric = Pattern(#"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"# + time)
    private static let monthFirst = Pattern(#"^(?:[a-z]+\.?,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})"# + time)
    private static let dayFirstNamed = Pattern(#"^(?:[a-z]+\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})"# + time)
    private static let monthFirstHourOnly = Pattern(#"^(?:[a-z]+\.?,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})"# + timeAmPmOnly)

    private static func fields(of text: String, dayFirst: Bool) -> Fields? {
        if let g = iso.groups(in: text), let y = int(g[1]), let m = int(g[2]), let d = int(g[3]) {
            return withTime(Fields(year: y, month: m, day: d), g, from: 4)
        }
        if let g = numeric.groups(in: text), let a = int(g[1]), let b = int(g[2]), let y = int(g[3]) {
            let aIsDay = a > 12 ? true : b > 12 ? false : dayFirst
            return withTime(Fields(year: y, month: aIsDay ? b : a, day: aIsDay ? a : b), g, from: 4)
        }
        if let g = monthFirst.groups(in: text), let m = month(g[1]), let d = int(g[2]), let y = int(g[3]) {
            return withTime(Fields(year: y, month: m, day: d, monthWasNamed: true), g, from: 4)
        }
        if let g = dayFirstNamed.groups(in: text), let d = int(g[1]), let m = month(g[2]), let y = int(g[3]) {
            return withTime(Fields(year: y, month: m, day: d, monthWasNamed: true), g, from: 4)
        }
        if let g = monthFirstHourOnly.groups(in: text), let m = month(g[1]), let d = int(g[2]), let y = int(g[3]) {
            var fields = Fields(year: y, month: m, day: d, monthWasNamed: true)
            if let hour = int(g[4]) {
                fields.hour = twentyFourHour(hour, g[5])
                fields.minute = 0
                fields.zone = g[6].flatMap(TimeZones.zone(named:))
            }
            return fields
        }
        return nil
    }

    /// Adds hour, minute, second, am/pm and zone from groups `first...first+4`.
    private static func withTime(_ date: Fields, _ g: [String?], from first: Int) -> Fields? {
        var fields = date
        guard let hour = int(g[first]) else { return fields }
        fields.hour = twentyFourHour(hour, g[first + 3])
        fields.minute = int(g[first + 1])
        fields.second = int(g[first + 2])
        if let zone = g[first + 4] {
            if let offset = TimeZones.offset(zone) {
                fields.zone = TimeZone(secondsFromGMT: offset)
            } else if let named = TimeZones.zone(named: zone) {
                fields.zone = named
            } else {
                return nil
            }
        }
        return fields
    }

    private static func twentyFourHour(_ hour: Int, _ meridiem: String?) -> Int {
        guard let meridiem = meridiem?.lowercased().first else { return hour }
        if meridiem == "p" { return hour == 12 ? 12 : hour + 12 }
        return hour == 12 ? 0 : hour
    }

    private static func int(_ text: String?) -> Int? { text.flatMap { Int($0) } }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func month(_ name: String?) -> Int? {
        guard let name = name?.lowercased(), name.count >= 3 else { return nil }
        let key = String(name.prefix(3))
        guard let index = months.firstIndex(of: key) else { return nil }
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"][index]
        return full.hasPrefix(name) || name == "sept" ? index + 1 : nil
    }
}
