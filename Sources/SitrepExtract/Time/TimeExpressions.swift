import Foundation
import SitrepText

/// Reads the time expressions of a sentence and resolves them against the publication date:
/// "on Thursday" is the last Thursday on or before it, "March 23" the last March 23 not
/// after it, "earlier this month" its month, "over the past week" its week.
///
/// ```
/// published 2023-10-26:  "on Thursday" → 2023-10-26 (day)   "March 23" → 2023-03-23 (day)
///                        "earlier this month" → 2023-10 (month)   "last year" → 2022 (year)
/// ```
public struct TimeExpressions: Sendable {
    public let published: Date?
    private let calendar: Calendar

    public init(published: Date?) {
        self.published = published
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        self.calendar = calendar
    }

    static let weekdays = Weekdays.names
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]

    private static let starters: Set<String> = Set(weekdays + months + [
        "jan", "jan.", "feb", "feb.", "mar.", "apr", "apr.", "jun.", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.",
        "oct", "oct.", "nov", "nov.", "dec", "dec.", "yesterday", "today", "tonight", "this", "last", "past",
    ])

    /// Whether an expression can begin with this word: most words are ruled out by one lookup.
    private static func mayStart(_ word: String) -> Bool {
        starters.contains(word) || word.utf8.first.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } == true
    }

    /// Words that say when rather than who ("earlier this month"), kept out of actor phrases.
    public static func isTimeWord(_ lemma: String) -> Bool { timeWords.contains(lemma) }

    private static let timeWords = Set(weekdays + months + [
        "day", "week", "month", "year", "today", "yesterday", "tonight", "morning", "evening", "night", "weekend",
    ])

    private static func month(_ word: String) -> Int? {
        let trimmed = word.hasSuffix(".") ? String(word.dropLast()) : word
        if let index = months.firstIndex(of: trimmed) { return index + 1 }
        guard trimmed.count >= 3, trimmed != "may", trimmed != "mar" || word.hasSuffix(".") else { return nil }
        let index = months.firstIndex { $0.hasPrefix(trimmed) && (trimmed.count == 3 || trimmed == "sept") }
        return index.map { $0 + 1 }
    }

    /// Every expression in `tokens` (a sentence), in text order.
    public func find(in document: Document, _ tokens: Range<Int>) -> [EventDate] {
        find(words: tokens.map { document.text(of: $0).lowercased() }, from: tokens.lowerBound)
    }

    /// The same over lowercased words that begin at token `start`.
    func find(words: some RandomAccessCollection<String>, from start: Int) -> [EventDate] {
        let words = Array(words)
        func word(_ offset: Int) -> String { offset >= 0 && offset < words.count ? words[offset] : "" }
        var found: [EventDate] = []
        var offset = 0
        while offset < words.count {
            let start = start + offset
            guard Self.mayStart(words[offset]) else {
                offset += 1
                continue
            }
            if let (date, length) = expression(at: offset, word) {
                found.append(EventDate(value: date.value, precision: date.precision, tokens: start..<(start + length)))
                offset += length
            } else {
                offset += 1
            }
        }
        return found
    }

    /// The expression starting at `offset` and how many words it spans.
    private func expression(at offset: Int, _ word: (Int) -> String) -> (EventDate, Int)? {
        let first = word(offset)
        let next = word(offset + 1)
        if let weekday = Self.weekdays.firstIndex(of: first), let published {
            let last = word(offset - 1) == "last"
            var day = calendar.startOfDay(for: published)
            while calendar.component(.weekday, from: day) - 1 != weekday || (last && day == calendar.startOfDay(for: published)) {
                day = calendar.date(byAdding: .day, value: -1, to: day) ?? day
            }
            return (EventDate(value: Self.iso(calendar, day, .day), precision: .day), 1)
        }
        if let month = Self.month(first) {
            if let dayNumber = Int(next), (1...31).contains(dayNumber) {
                let hasYear = word(offset + 2) == "," ? Int(word(offset + 3)) : Int(word(offset + 2))
                let year = hasYear.flatMap { (1900...2100).contains($0) ? $0 : nil } ?? inferredYear(month: month, day: dayNumber)
                guard let year else { return nil }
                let length = hasYear.flatMap { (1900...2100).contains($0) ? $0 : nil } == nil ? 2 : (word(offset + 2) == "," ? 4 : 3)
                return (EventDate(value: String(format: "%04d-%02d-%02d", year, month, dayNumber), precision: .day), length)
            }
            if let year = Int(next), (1900...2100).contains(year) {
                return (EventDate(value: String(format: "%04d-%02d", year, month), precision: .month), 2)
            }
            if ["in", "since", "until", "last", "early", "late", "mid"].contains(word(offset - 1)), let year = inferredYear(month: month, day: 1) {
                return (EventDate(value: String(format: "%04d-%02d", year, month), precision: .month), 1)
            }
            return nil
        }
        if let dayNumber = Int(first), (1...31).contains(dayNumber), let month = Self.month(next), let year = inferredYear(month: month, day: dayNumber) {
            return (EventDate(value: String(format: "%04d-%02d-%02d", year, month, dayNumber), precision: .day), 2)
        }
        if let year = Int(first), (1900...2100).contains(year), ["in", "since", "of"].contains(word(offset - 1)), first.count == 4 {
            return (EventDate(value: String(year), precision: .year), 1)
        }
        guard let published else { return nil }
        switch (first, next) {
        case ("yesterday", _): return (day(published, -1), 1)
        case ("today", _), ("tonight", _): return (day(published, 0), 1)
        case ("this", "month"), ("last", "month"):
            let date = calendar.date(byAdding: .month, value: first == "last" ? -1 : 0, to: published) ?? published
            return (EventDate(value: Self.iso(calendar, date, .month), precision: .month), 2)
        case ("this", "week"), ("past", "week"), ("last", "week"):
            let date = calendar.date(byAdding: .day, value: first == "last" ? -7 : 0, to: published) ?? published
            return (EventDate(value: Self.iso(calendar, date, .week), precision: .week), 2)
        case ("this", "year"), ("last", "year"):
            let date = calendar.date(byAdding: .year, value: first == "last" ? -1 : 0, to: published) ?? published
            return (EventDate(value: Self.iso(calendar, date, .year), precision: .year), 2)
        default: return nil
        }
    }

    private func day(_ published: Date, _ offset: Int) -> EventDate {
        let date = calendar.date(byAdding: .day, value: offset, to: published) ?? published
        return EventDate(value: Self.iso(calendar, date, .day), precision: .day)
    }

    /// The year that puts month/day on or before publication (allowing a week of announced
    /// future), or nil without a publication date.
    private func inferredYear(month: Int, day: Int) -> Int? {
        guard let published else { return nil }
        let year = calendar.component(.year, from: published)
        guard let candidate = calendar.date(from: DateComponents(year: year, month: month, day: day)) else { return year }
        return candidate.timeIntervalSince(published) > 7 * 86_400 ? year - 1 : year
    }

    static func iso(_ calendar: Calendar, _ date: Date, _ precision: EventDate.Precision) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .yearForWeekOfYear, .weekOfYear], from: date)
        switch precision {
        case .day: return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        case .month: return String(format: "%04d-%02d", parts.year ?? 0, parts.month ?? 0)
        case .year: return String(format: "%04d", parts.year ?? 0)
        case .week:
            var iso = Calendar(identifier: .iso8601)
            iso.timeZone = calendar.timeZone
            let week = iso.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
            return String(format: "%04d-W%02d", week.yearForWeekOfYear ?? 0, week.weekOfYear ?? 0)
        }
    }

    /// The last day an expression covers, to compare with the publication date.
    public func end(of date: EventDate) -> Date? {
        let parts = date.value.split(separator: "-")
        guard let year = parts.first.flatMap({ Int($0) }) else { return nil }
        switch date.precision {
        case .day, .week:
            if date.precision == .week { return published }
            return calendar.date(from: DateComponents(year: year, month: Int(parts[1]), day: Int(parts[2])))
        case .month:
            guard parts.count > 1, let month = Int(parts[1]), let start = calendar.date(from: DateComponents(year: year, month: month, day: 1)) else { return nil }
            return calendar.date(byAdding: DateComponents(month: 1, day: -1), to: start)
        case .year:
            return calendar.date(from: DateComponents(year: year, month: 12, day: 31))
        }
    }
}
