import Foundation

/// A publication time as the source gave it: an instant, how precise the source was, and
/// what it said about the time zone.
///
/// News sites often give only a date, or a local time with no zone. sitrep keeps the instant
/// (UTC when the zone is unknown, with a note saying so) and never pretends to more precision.
public struct Timestamp: Sendable, Hashable, Codable {
    public enum Precision: String, Sendable, Hashable, Codable, Comparable {
        case year, month, day, minute, second

        private var rank: Int {
            switch self {
            case .year: 0
            case .month: 1
            case .day: 2
            case .minute: 3
            case .second: 4
            }
        }

        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rank < rhs.rank }
    }

    public var instant: Date
    public var precision: Precision
    /// Seconds east of UTC when the source named a zone; nil when it did not.
    public var utcOffset: Int?
    /// What the source wrote, verbatim.
    public var original: String

    public init(instant: Date, precision: Precision, utcOffset: Int?, original: String) {
        self.instant = instant
        self.precision = precision
        self.utcOffset = utcOffset
        self.original = original
    }

    /// "no time zone given; read as UTC" when the zone is unknown, else nil.
    public var timeZoneNote: String? {
        utcOffset == nil && precision >= .minute ? "no time zone given; read as UTC" : nil
    }

    /// ISO 8601 at the timestamp's own precision: `2023-10-26T22:41:00` (local wall time as
    /// written, with `Z`/`+hh:mm` only when the source named a zone), or `2023-10-26`.
    public var iso8601: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: utcOffset ?? 0) ?? .gmt
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        func two(_ n: Int?) -> String { String(format: "%02d", n ?? 0) }
        let date = String(format: "%04d", c.year ?? 0) + "-" + two(c.month) + "-" + two(c.day)
        switch precision {
        case .year: return String(format: "%04d", c.year ?? 0)
        case .month: return String(date.prefix(7))
        case .day: return date
        case .minute, .second:
            let time = two(c.hour) + ":" + two(c.minute) + ":" + two(c.second)
            guard let offset = utcOffset else { return date + "T" + time }
            if offset == 0 { return date + "T" + time + "Z" }
            let sign = offset < 0 ? "-" : "+"
            let minutes = abs(offset) / 60
            return date + "T" + time + sign + two(minutes / 60) + ":" + two(minutes % 60)
        }
    }
}
