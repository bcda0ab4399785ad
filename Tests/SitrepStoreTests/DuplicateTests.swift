import Foundation
import SitrepText
import Testing

@testable import SitrepStore

@Suite("duplicates and syndicated copies")
struct DuplicateTests {
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
    static let news = shared.appendingPathComponent("data/news/wikinews-gum.jsonl")
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples/articles/icaro-2023-10-26-biden-warns-khamenei.txt")

    /// A syndicated copy as outlets make them: another headline and URL, the last paragraph
    /// cut (or, for a one-paragraph story, its last sentence).
    static func syndicatedCopy(of article: Article, outlet: String) -> Article {
        var paragraphs = article.body.components(separatedBy: "\n\n")
        if paragraphs.count > 2 {
            paragraphs.removeLast()
        } else if let last = paragraphs.last, let cut = last.dropLast().lastIndex(of: ".") {
            paragraphs[paragraphs.count - 1] = String(last[...cut])
        }
        return Article(title: "Republished: " + (article.title ?? ""), outlet: outlet,
                       url: "https://\(outlet).example/\(article.id)", body: paragraphs.joined(separator: "\n\n"))
    }

    @Test("URLs that differ only in tracking, case, www, fragment or trailing slash are one", arguments: [
        ("https://www.Example.org/world/story/?utm_source=x&id=4#top", "https://example.org/world/story?id=4"),
        ("http://example.org/a/", "https://example.org/a"),
        ("https://example.org/a?b=2&a=1&fbclid=zz", "https://example.org/a?a=1&b=2"),
    ])
    func normalisedURLs(raw: String, normal: String) {
        #expect(URLNormalizer.normalise(raw) == normal)
    }

    @Test("a trimmed copy of a real story is stored and linked to its original")
    func trimmedCopy() throws {
        let text = try String(contentsOf: Self.sample, encoding: .utf8)
        let body = text.components(separatedBy: "\n\n").filter { $0.split(separator: " ").count > 20 }.joined(separator: "\n\n")
        let original = Article(title: "Original", url: "https://icaro.example/a", body: body)
        let store = try Store()
        #expect(try store.save([original]) == [.stored])
        #expect(try store.save([Self.syndicatedCopy(of: original, outlet: "wire")]) == [.storedCopy(of: original.id)])
        #expect(try store.save([Article(url: "https://ICARO.example/a/?utm_medium=rss", body: "Changed body.")]) == [.alreadyStored])
    }

    @Test("Wikinews stories with 20 syndicated copies: every copy found, no false link",
          .enabled(if: FileManager.default.fileExists(atPath: news.path), "needs ../shared/data/news"))
    func corpus() throws {
        let lines = try String(contentsOf: Self.news, encoding: .utf8).split(separator: "\n")
        let originals = try lines.map { line -> Article in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return Article(title: object["title"] as? String, outlet: "Wikinews", url: object["url"] as? String,
                           body: try #require(object["text"] as? String))
        }
        let copies = originals.prefix(20).enumerated().map { index, article in
            Self.syndicatedCopy(of: article, outlet: "outlet\(index % 3)")
        }
        let store = try Store()
        let outcomes = try store.save(originals) + store.save(copies)
        #expect(outcomes.prefix(originals.count).allSatisfy { $0 == .stored }, "no original is linked to another")
        for (copy, outcome) in zip(copies, outcomes.suffix(copies.count)) {
            let expected = originals.first { $0.url == URLNormalizer.normalise(copy.url ?? "") || copy.title == "Republished: " + ($0.title ?? "") }
            #expect(outcome == .storedCopy(of: try #require(expected).id), "copy of \(copy.title ?? "")")
        }
    }
}
