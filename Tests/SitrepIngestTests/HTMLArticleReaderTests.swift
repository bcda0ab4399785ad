import Foundation
import SitrepText
import Testing

@testable import SitrepIngest

@Suite("news pages in HTML")
struct HTMLArticleReaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/html")
    static let pages = ["wire-jsonld", "blog-divs", "broken-markup", "latin1", "broadcaster", "newspaper-paywall", "wordpress", "liveblog-list"]

    static func read(_ name: String) throws -> Article {
        let data = try Data(contentsOf: fixtures.appendingPathComponent(name + ".html"))
        var articles: [Article] = []
        try ArticleFiles.read(data, origin: name, format: .html) { event in
            if case .article(let article) = event { articles.append(article) }
        }
        return try #require(articles.first)
    }

    @Test("the main content of each fixture page matches its expected body", arguments: pages)
    func bodies(name: String) throws {
        let article = try Self.read(name)
        let expected = try String(contentsOf: Self.fixtures.appendingPathComponent(name + ".expected.txt"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let f1 = HTMLArticleReader.agreement(article.body, expected)
        #expect(f1 >= 0.95, "body F1 \(f1) for \(name):\n\(article.body)")
        #expect(article.body.components(separatedBy: "\n\n").count == expected.components(separatedBy: "\n\n").count)
    }

    @Test("the extraction evaluation scores the fixture folder page by page")
    func evaluation() throws {
        let result = try ExtractionEvaluation.run(folder: Self.fixtures)
        #expect(result.pages == Self.pages.count)
        #expect(result.f1 >= 0.95)
        let half = ExtractionEvaluation.overlap(extracted: "a b", reference: "a b c d")
        #expect(half.precision == 1 && half.recall == 0.5)
    }

    @Test("JSON-LD and OpenGraph give the metadata")
    func metadata() throws {
        let article = try Self.read("wire-jsonld")
        #expect(article.title == "Ceasefire talks resume in Cairo")
        #expect(article.outlet == "Example Wire")
        #expect(article.authors == ["Amal Haddad", "John Reed"])
        #expect(article.section == "World")
        #expect(article.url == "https://wire.example.org/world/ceasefire-talks-resume-2024-01-08/")
        #expect(article.imageURL == "https://wire.example.org/images/cairo-talks.jpg")
        #expect(article.published?.iso8601 == "2024-01-08T09:30:00+02:00")
        #expect(article.dateline == "CAIRO")
    }

    @Test("a page without structured data takes its title from <title>, minus the site name")
    func titleFallback() throws {
        let article = try Self.read("blog-divs")
        #expect(article.title == "Drone strike hits fuel depot near Kherson")
        #expect(article.outlet == "Frontline Notes")
        #expect(article.authors == ["Olena Kovalenko"])
        #expect(article.published?.iso8601 == "2023-11-02")
    }

    @Test("character references decode", arguments: [
        ("a &amp; b", "a & b"), ("it&#8217;s", "it’s"), ("&#x201C;q&#x201D;", "“q”"), ("&#150;", "–"),
        ("&nosuch; &", "&nosuch; &"), ("AT&T", "AT&T"),
    ])
    func entities(raw: String, decoded: String) {
        #expect(HTMLEntities.decode(raw[...]) == decoded)
    }

    @Test("broken and hostile markup parses without crashing", arguments: [
        String(repeating: "<div>", count: 20_000) + "deep text",
        String(repeating: "<", count: 100_000),
        "<p>unclosed <b>bold <i>italic</p> stray </div></span> text",
        "<script>var s = '<p>not text</p>';</script><p>real text</p>",
        "<!-- unclosed comment <p>hidden",
        "<p title=\"unterminated>text",
    ])
    func hostileMarkup(html: String) {
        let document = HTMLParser.parse(html)
        _ = document.text(of: HTMLDocument.root)
        _ = ContentExtractor.paragraphs(of: document)
    }

    @Test("script content is never text and paragraphs close implicitly")
    func scriptAndImplicitClose() {
        let document = HTMLParser.parse("<body><script>var s = '<p>not text</p>';</script><p>one<p>two<ul><li>a<li>b</ul></body>")
        #expect(document.elements(named: "p").map { document.text(of: $0) } == ["one", "two"])
        #expect(document.elements(named: "li").map { document.text(of: $0) } == ["a", "b"])
    }

    @Test("tag numbers name the tags they stand for, and unknown tags get numbers of their own")
    func tagNumbers() {
        let known: [(Int, String)] = [
            (HTMLTag.document, "#document"), (HTMLTag.text, "#text"), (HTMLTag.body, "body"), (HTMLTag.title, "title"),
            (HTMLTag.meta, "meta"), (HTMLTag.link, "link"), (HTMLTag.script, "script"), (HTMLTag.p, "p"), (HTMLTag.div, "div"),
            (HTMLTag.a, "a"), (HTMLTag.br, "br"), (HTMLTag.li, "li"), (HTMLTag.dl, "dl"), (HTMLTag.dt, "dt"), (HTMLTag.dd, "dd"),
            (HTMLTag.ul, "ul"), (HTMLTag.ol, "ol"), (HTMLTag.table, "table"), (HTMLTag.tr, "tr"), (HTMLTag.td, "td"),
            (HTMLTag.th, "th"), (HTMLTag.select, "select"), (HTMLTag.option, "option"), (HTMLTag.h1, "h1"),
            (HTMLTag.header, "header"), (HTMLTag.article, "article"), (HTMLTag.time, "time"),
        ]
        for (tag, name) in known { #expect(HTMLTag.names[tag] == name) }
        let document = HTMLParser.parse("<DIV><my-long-custom-element-name>x</MY-LONG-CUSTOM-ELEMENT-NAME><Story-Card>y</story-card></div>")
        #expect((0..<document.count).filter { !document.isText($0) }.map { document.name($0) }
            == ["#document", "div", "my-long-custom-element-name", "story-card"])
        #expect(document.text(of: HTMLDocument.root) == "xy")
    }
}
