import Foundation

/// Cleans an article body the way every reader needs: takes a leading dateline out into its
/// own field and drops trailing boilerplate (disclaimers, "Related", "Read more", copyright).
public enum BodyCleaner {
    /// The body's paragraphs, without a leading dateline and trailing boilerplate, and the
    /// dateline's place when there was one.
    public static func clean(_ paragraphs: [String]) -> (paragraphs: [String], dateline: String?) {
        var kept = paragraphs.map(trimmed).filter { !$0.isEmpty }
        while let last = kept.last, isBoilerplate(last) { kept.removeLast() }
        var dateline: String?
        if let first = kept.first, let split = splitDateline(first) {
            dateline = split.place
            kept[0] = split.rest
        }
        return (kept, dateline)
    }

    /// Without leading and trailing white space; Foundation's `trimmingCharacters` goes
    /// through NSString on Linux, too slow for every paragraph of every page.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// `"WASHINGTON - In a rare…"` → ("WASHINGTON", "In a rare…"). Accepts an upper-case place
    /// (with an optional title-case country or state, as AP writes "KYIV, Ukraine (AP) —", which
    /// is left out of the place, an optional ", Oct 5" date and "(Reuters)" credit) or a title-case place with a credit,
    /// followed by a hyphen, en or em dash.
    static func splitDateline(_ paragraph: String) -> (place: String, rest: String)? {
        guard let g = dateline.groups(in: paragraph) ?? creditedDateline.groups(in: paragraph),
              let place = g[1], let whole = g[0] else { return nil }
        let rest = String(paragraph.dropFirst(whole.count))
        guard rest.first?.isLetter == true || rest.first?.isNumber == true || rest.first == "\"" || rest.first == "“" else { return nil }
        return (place.trimmingCharacters(in: CharacterSet(charactersIn: " ,")), rest)
    }

    /// Up to four words, "/" joining the places of a story filed from two ("GAZA CITY/CAIRO").
    private static let placeUpper = #"([A-Z][A-Z'.\-]*(?:[ ,/]+[A-Z][A-Z'.\-]*){0,3})"#
    /// The country or state AP writes after the place, which the place alone implies; its
    /// words may be joined by "of", "and" or "the" ("Democratic Republic of Congo").
    private static let region = #"(?:,\s*[A-Z][a-z.]+(?:\s(?:(?:of|and|the)\s)*[A-Z][a-z.]+){0,3})?"#
    private static let date = #"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"#
    private static let credit = #"(?:\s*\([^)]{1,40}\))?"#
    private static let dash = #"\s*(?:-{1,2}|–|—)\s+"#
    private static let dateline = Pattern("^" + placeUpper + region + date + credit + dash, caseInsensitive: false)
    private static let creditedDateline = Pattern(
        #"^([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"# + date + #"\s*\([^)]{1,40}\)"# + dash, caseInsensitive: false)

    /// Trailing paragraphs that are the site's, not the story's.
    static func isBoilerplate(_ paragraph: String) -> Bool {
        let text = paragraph.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if shortMarkers.contains(text.trimmingCharacters(in: CharacterSet(charactersIn: ":.!»>→ "))) { return true }
        if text.hasPrefix("©") || text.hasPrefix("copyright") || text.hasPrefix("(c) ") { return true }
        if text.count < 300 && longMarkers.contains(where: { text.contains($0) }) { return true }
        return false
    }

    private static let shortMarkers: Set<String> = [
        "related", "related articles", "related stories", "related content", "read more", "read also",
        "more on this", "share this", "share this article", "share", "advertisement", "tags",
        "see also", "more stories", "recommended", "you may also like", "most read",
    ]

    private static let longMarkers = [
        "views expressed in this article", "views expressed are", "all rights reserved",
        "this article was originally published", "sign up for our newsletter", "subscribe to our newsletter",
        "follow us on", "click here to", "reporting by", "editing by", "do not necessarily reflect",
    ]
}
