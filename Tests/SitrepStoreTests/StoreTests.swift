import Foundation
import GRDB
import SitrepText
import Testing

@testable import SitrepStore

@Suite("the article store")
struct StoreTests {
    static func article(_ body: String, title: String? = nil, url: String? = nil, published: Date? = nil) -> Article {
        Article(title: title, outlet: "Wire", url: url,
                published: published.map { Timestamp(instant: $0, precision: .minute, utcOffset: 0, original: "x") },
                body: body)
    }

    @Test("storing the same article twice stores it once and says so")
    func idempotent() throws {
        let store = try Store()
        let story = Self.article("The talks resumed on Monday.")
        #expect(try store.save([story]) == [.stored])
        #expect(try store.save([story]) == [.alreadyStored])
        // Same words, other spacing and case: the same body.
        #expect(try store.save([Self.article("the talks  resumed\non Monday.")]) == [.alreadyStored])
        #expect(try store.articleCount() == 1)
    }

    @Test("an article with a stored URL is already stored")
    func sameURL() throws {
        let store = try Store()
        _ = try store.save([Self.article("First version.", url: "https://example.org/a")])
        #expect(try store.save([Self.article("Updated version.", url: "https://example.org/a")]) == [.alreadyStored])
    }

    @Test("an article reads back with every field")
    func roundTrip() throws {
        let store = try Store()
        var story = Article(title: "T", outlet: "O", url: "https://e.org/x", section: "S", authors: ["A", "B"],
                            published: Timestamp(instant: Date(timeIntervalSince1970: 1_698_360_060), precision: .minute,
                                                 utcOffset: nil, original: "26/10/2023 22h41"),
                            dateline: "WASHINGTON", imageURL: "https://e.org/i.jpg", body: "Body text.", origin: "f.txt")
        _ = try store.save([story])
        let back = try store.article(id: String(story.id.prefix(6)))
        story.origin = "f.txt"
        #expect(back == story)
    }

    @Test("full-text search finds words in title and body, by prefix, all words required")
    func search() throws {
        let store = try Store()
        _ = try store.save([
            Self.article("Iran warned the United States.", title: "Warning"),
            Self.article("Markets rallied in Tokyo.", title: "Markets"),
        ])
        #expect(try store.articles(matching: "iran warn").map(\.title) == ["Warning"])
        #expect(try store.articles(matching: "markets").map(\.title) == ["Markets"])
        #expect(try store.articles(matching: "iran tokyo").isEmpty)
        #expect(try store.articles(matching: "\"").isEmpty)
    }

    @Test("since keeps articles published on or after the date, newest first")
    func since() throws {
        let store = try Store()
        let day: TimeInterval = 86_400
        _ = try store.save([
            Self.article("Old story.", title: "old", published: Date(timeIntervalSince1970: 0)),
            Self.article("New story.", title: "new", published: Date(timeIntervalSince1970: 10 * day)),
            Self.article("Newer story.", title: "newer", published: Date(timeIntervalSince1970: 11 * day)),
        ])
        #expect(try store.articles(since: Date(timeIntervalSince1970: 5 * day)).map(\.title) == ["newer", "new"])
    }

    @Test("an unknown id is a clear error")
    func unknownID() throws {
        #expect(throws: StoreError.noSuchArticle(id: "zzz")) { try Store().article(id: "zzz") }
    }

    @Test("a batch that fails part-way stores nothing of it and keeps what was stored before")
    func failedBatchRollsBack() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-\(UUID().uuidString).sqlite").path
        let store = try Store(path: path)
        _ = try store.save([Self.article("Kept story.")])
        // Given a database that refuses one particular article, as a full disk would refuse any
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse BEFORE INSERT ON article WHEN NEW.title = 'refused'
                BEGIN SELECT RAISE(ABORT, 'refused'); END
                """)
        }
        // When a batch holds it after an article that would have been stored
        #expect(throws: (any Error).self) {
            try store.save([Self.article("Would be stored first."), Self.article("Refused story.", title: "refused")])
        }
        // Then nothing of the batch is stored, what was there stays, and the file is sound
        let reopened = try Store(path: path)
        #expect(try reopened.articleCount() == 1)
        #expect(try reopened.integrityCheck() == "ok")
    }

    @Test("a file that is not a database is a clear error naming it")
    func notADatabase() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-\(UUID().uuidString).sqlite").path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        #expect { try Store(path: path) } throws: { error in
            guard case StoreError.cannotOpen(let p, _) = error else { return false }
            return p == path
        }
    }
}
