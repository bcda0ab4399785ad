import Foundation
import SitrepText
import Testing

@testable import SitrepIngest

@Suite("JSON and JSON Lines articles")
struct JSONArticleReaderTests {
    static func events(_ text: String, format: ArticleFiles.Format = .sniff) throws -> [ReadEvent] {
        var events: [ReadEvent] = []
        try ArticleFiles.read(Data(text.utf8), origin: "dump", format: format) { events.append($0) }
        return events
    }

    static func articles(_ events: [ReadEvent]) -> [Article] {
        events.compactMap { if case .article(let a) = $0 { a } else { nil } }
    }

    @Test("an object with the common field names becomes an article")
    func object() throws {
        let json = """
            {"title": "Talks resume", "content": "CAIRO - Talks resumed on Monday, diplomats said.",
             "date": "2024-01-08T09:00:00Z", "publisher": {"name": "Wire"}, "link": "https://example.org/a",
             "category": "World", "author": [{"name": "A. Writer"}, "B. Writer"]}
            """
        let article = try #require(Self.articles(try Self.events(json)).first)
        #expect(article.title == "Talks resume")
        #expect(article.outlet == "Wire")
        #expect(article.url == "https://example.org/a")
        #expect(article.section == "World")
        #expect(article.authors == ["A. Writer", "B. Writer"])
        #expect(article.dateline == "CAIRO")
        #expect(article.body == "Talks resumed on Monday, diplomats said.")
        #expect(article.published?.iso8601 == "2024-01-08T09:00:00Z")
    }

    @Test("an array holds several articles")
    func array() throws {
        let json = #"[{"text": "First story body here."}, {"body": "Second story body here."}]"#
        #expect(Self.articles(try Self.events(json)).map(\.body) == ["First story body here.", "Second story body here."])
    }

    @Test("a malformed JSON Lines line is reported with its number and the others are read")
    func malformedLine() throws {
        let lines = """
            {"title": "One", "text": "The first body."}
            {"title": "Two", "text": "The second body."
            {"title": "Three", "text": "The third body."}
            {"title": "Four"}
            """
        let events = try Self.events(lines, format: .jsonLines)
        #expect(Self.articles(events).map(\.title) == ["One", "Three"])
        let failures = events.compactMap { if case .failure(let e) = $0 { e } else { nil } }
        #expect(failures.count == 2)
        #expect(failures.first == .malformedJSON(file: "dump", line: 2, reason: "the line is not valid JSON"))
        #expect(failures.last?.description.contains("dump:4") == true)
    }

    @Test("an unreadable date is a warning and the article is kept")
    func badDate() throws {
        let events = try Self.events(#"{"text": "Body text of the story.", "published": "31/02/2023"}"#)
        #expect(Self.articles(events).count == 1)
        #expect(events.contains { if case .warning = $0 { true } else { false } })
    }
}
