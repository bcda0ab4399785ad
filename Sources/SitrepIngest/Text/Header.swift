import Foundation
import SitrepText

/// The header lines of a scraped article, classified: URLs, dates, then title, outlet and
/// section in the order sites print them.
struct Header {
    var title: String?
    var outlet: String?
    var section: String?
    var url: String?
    var imageURL: String?
    var authors: [String] = []
    var published: Timestamp?
    var warnings: [IngestWarning] = []

    static func read(_ lines: [String], origin: String) -> Header {
        var header = Header()
        var dateLines: [String] = []
        var textLines: [String] = []
        for line in lines {
            if line.lowercased().hasPrefix("http://") || line.lowercased().hasPrefix("https://") {
                if looksLikeImage(line) && header.imageURL == nil {
                    header.imageURL = line
                } else if header.url == nil {
                    header.url = line
                } else if header.imageURL == nil {
                    header.imageURL = line
                }
            } else if looksLikeDate(line) {
                dateLines.append(line)
            } else if let byline = byline(line) {
                header.authors.append(contentsOf: byline)
            } else {
                textLines.append(line)
            }
        }
        header.title = textLines.first
        if textLines.count > 1 { header.outlet = textLines[1] }
        if textLines.count > 2 { header.section = textLines[2] }
        header.readDates(dateLines, origin: origin)
        return header
    }

    /// Publication time: the most precise header date, reading numeric dates in the day/month
    /// order that the file's other dates confirm (day first when nothing decides).
    private mutating func readDates(_ lines: [String], origin: String) {
        var dayFirst = true
        let named = lines.compactMap(TimestampParser.dayAndMonth(in:))
        for line in lines {
            guard let (a, b) = TimestampParser.numericPair(in: line), a <= 12, b <= 12, a != b else { continue }
            if named.contains(where: { $0.day == b && $0.month == a }) { dayFirst = false }
        }
        let parser = TimestampParser(dayFirst: dayFirst)
        for line in lines {
            do {
                guard let stamp = try parser.parse(line) else { continue }
                if published == nil || stamp.precision > (published?.precision ?? .year) { published = stamp }
            } catch {
                warnings.append(IngestWarning(file: origin, message: "'\(line)' is not a real date; publication time left empty"))
            }
        }
    }

    private static func looksLikeImage(_ url: String) -> Bool {
        let lower = url.lowercased()
        return [".jpg", ".jpeg", ".png", ".gif", ".webp", "/images/", "/photos/", "/img/", "/image/"].contains { lower.contains($0) }
    }

    /// Date-shaped: starts with a digit, a month or a weekday, is short, and the parser agrees
    /// it has a date's shape (even an impossible one).
    private static func looksLikeDate(_ line: String) -> Bool {
        guard line.count <= 64 else { return false }
        do {
            return try TimestampParser().parse(line) != nil
        } catch {
            return true
        }
    }

    /// "By Jane Doe and John Roe" → ["Jane Doe", "John Roe"].
    private static func byline(_ line: String) -> [String]? {
        guard line.count < 120, line.lowercased().hasPrefix("by ") else { return nil }
        let names = line.dropFirst(3)
            .replacingOccurrences(of: " and ", with: ",")
            .split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return names.isEmpty ? nil : names
    }
}
