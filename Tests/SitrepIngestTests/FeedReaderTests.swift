import Foundation
import SitrepText
import Testing

@testable import SitrepIngest

@Suite("RSS, Atom and JSON feeds")
struct FeedReaderTests {
    /// A real story body (the bundled sample), long enough to count as full text.
    static let story: [String] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/articles/icaro-2023-10-26-biden-warns-khamenei.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.components(separatedBy: "\n\n").filter { $0.split(separator: " ").count > 20 }.prefix(4).map { $0 }
    }()

    static func xmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }

    static func events(_ text: String) throws -> [ReadEvent] {
        var events: [ReadEvent] = []
        try ArticleFiles.read(Data(text.utf8), origin: "feed") { events.append($0) }
        return events
    }

    static func articles(_ events: [ReadEvent]) -> [Article] {
        events.compactMap { if case .article(let a) = $0 { a } else { nil } }
    }

    @Test("an RSS 2.0 item with content:encoded becomes an article with paragraphs")
    func rss() throws {
        let html = Self.story.map { "<p>\(Self.xmlEscaped($0))</p>" }.joined()
        let rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>ICARO Media Group</title><link>https://icaro.example/</link>
            <item><title>Biden warns Khamenei</title><link>https://icaro.example/a</link>
            <guid>a-1</guid><pubDate>Thu, 26 Oct 2023 22:41:00 +0000</pubDate><dc:creator>Staff</dc:creator>
            <category>Politics</category><description>Short teaser.</description>
            <content:encoded><![CDATA[\(html)]]></content:encoded></item>
            <item><title>Teaser only</title><link>https://icaro.example/b</link><description>Two lines.</description></item>
            </channel></rss>
            """
        let events = try Self.events(rss)
        let article = try #require(Self.articles(events).first)
        #expect(article.title == "Biden warns Khamenei")
        #expect(article.outlet == "ICARO Media Group")
        #expect(article.url == "https://icaro.example/a")
        #expect(article.section == "Politics")
        #expect(article.authors == ["Staff"])
        #expect(article.published?.iso8601 == "2023-10-26T22:41:00Z")
        #expect(article.dateline == "WASHINGTON")
        #expect(article.body.components(separatedBy: "\n\n").count == Self.story.count)
        #expect(events.contains { if case .link(let link) = $0 { link == "https://icaro.example/b" } else { false } })
    }

    @Test("an Atom entry with HTML content and an alternate link")
    func atom() throws {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><link href="https://wire.example/"/>
            <entry><title>Story</title><link rel="alternate" href="https://wire.example/s"/><link rel="self" href="https://wire.example/s.atom"/>
            <id>tag:wire,2023:1</id><published>2023-10-26T20:00:00Z</published><author><name>A. Writer</name></author>
            <content type="html">\(Self.xmlEscaped(Self.story.map { "<p>\($0)</p>" }.joined()))</content></entry></feed>
            """
        let article = try #require(Self.articles(try Self.events(atom)).first)
        #expect(article.url == "https://wire.example/s")
        #expect(article.authors == ["A. Writer"])
        #expect(article.outlet == "Wire")
    }

    @Test("a JSON Feed item with content_text")
    func jsonFeed() throws {
        let item: [String: Any] = ["id": "1", "url": "https://j.example/1", "title": "Story",
                                   "content_text": Self.story.joined(separator: "\n"), "date_published": "2023-10-26T20:00:00Z"]
        let feed: [String: Any] = ["version": "https://jsonfeed.org/version/1.1", "title": "J", "items": [item]]
        let data = try JSONSerialization.data(withJSONObject: feed)
        var events: [ReadEvent] = []
        try ArticleFiles.read(data, origin: "feed.json") { events.append($0) }
        #expect(Self.articles(events).first?.title == "Story")
    }

    @Test("a malformed feed is an error naming the source and the line")
    func malformed() throws {
        let events = try Self.events("<?xml version=\"1.0\"?>\n<rss><channel><item><title>x</item></rss>")
        guard case .failure(.malformedFeed(let file, let reason)) = events.first else {
            Issue.record("expected malformedFeed, got \(events)")
            return
        }
        #expect(file == "feed")
        #expect(reason.contains("line"))
    }
}
