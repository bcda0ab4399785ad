import Foundation
import SitrepText

/// Reads the scraped-article text format: optional header lines, then the body.
///
/// ```
/// President Biden Warns Iranian Supreme Leader …     headline
/// https://…/photos/15841790/original/…               image URL
/// ICARO Media Group                                   outlet
/// Politics                                            section
/// 26/10/2023 22h41                                    timestamp
/// October 26, 2023                                    byline date
/// WASHINGTON - In a rare message, …                   body, dateline first
/// ```
/// Any header line may be missing. Header lines end where prose starts: a line of six or
/// more words ending like a sentence, a long line, or a line opening with a dateline.
public enum TextArticleReader {
    /// Reads one article from decoded text; `origin` names the file in errors and warnings.
    public static func read(_ text: String, origin: String) throws(IngestError) -> (Article, [IngestWarning]) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        var index = 0
        var headerLines: [String] = []
        while index < lines.count, headerLines.count < 10 {
            let line = lines[index]
            if !line.isEmpty {
                if isProse(line, afterTitle: !headerLines.isEmpty) || BodyCleaner.splitDateline(line) != nil { break }
                headerLines.append(line)
            }
            index += 1
        }
        var bodyLines = Array(lines[index...])
        if bodyLines.allSatisfy(\.isEmpty) {
            // No prose anywhere: a lone line is the body; otherwise the first line is the
            // title and the rest the body.
            guard !headerLines.isEmpty else { throw .noBody(file: origin) }
            bodyLines = headerLines.count > 1 ? Array(headerLines.dropFirst()) : headerLines
            headerLines = headerLines.count > 1 ? [headerLines[0]] : []
        }
        let header = Header.read(headerLines, origin: origin)
        let cleaned = BodyCleaner.clean(paragraphs(of: bodyLines))
        guard !cleaned.paragraphs.isEmpty else { throw .noBody(file: origin) }
        let article = Article(
            title: header.title, outlet: header.outlet, url: header.url, section: header.section,
            authors: header.authors, published: header.published, dateline: cleaned.dateline,
            imageURL: header.imageURL, body: cleaned.paragraphs.joined(separator: "\n\n"), origin: origin)
        return (article, header.warnings)
    }

    /// Paragraphs are blank-line separated blocks whose lines are joined; a body with no blank
    /// lines has one paragraph per line.
    static func paragraphs(of lines: [String]) -> [String] {
        let hasBlankLines = lines.drop(while: \.isEmpty).reversed().drop(while: \.isEmpty).contains(where: \.isEmpty)
        guard hasBlankLines else { return lines.filter { !$0.isEmpty } }
        var result: [String] = []
        var current: [String] = []
        for line in lines {
            if line.isEmpty {
                if !current.isEmpty { result.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { result.append(current.joined(separator: " ")) }
        return result
    }

    /// A line that reads as body text rather than a header field: a sentence of six or more
    /// words, or, once the title is read, of three or more ("Belarus denied the accusation.").
    /// A closing quote mark ends a sentence only after its stop: a headline may end in a
    /// quoted phrase ("… expels diplomats accused of "subversive activities"").
    static func isProse(_ line: String, afterTitle: Bool = false) -> Bool {
        let words = line.split(whereSeparator: \.isWhitespace).count
        if words >= 30 { return true }
        guard words >= (afterTitle ? 3 : 6), let last = line.last else { return false }
        if "\"”’".contains(last) { return line.dropLast().last.map { ".!?…,".contains($0) } ?? false }
        return ".!?)…".contains(last)
    }
}
