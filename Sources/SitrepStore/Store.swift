import Foundation
import GRDB
import SitrepText

/// The SQLite database that holds what sitrep has read.
///
/// Opening it runs any pending migrations. Every write is one transaction, so a crash in the
/// middle of an ingest leaves each batch either wholly stored or not at all, and the file is
/// never left half-written (SQLite's write-ahead log guarantees this).
///
/// ```swift
/// let store = try Store(path: "sitrep.sqlite")
/// let outcomes = try store.save([article])   // [.stored] or [.alreadyStored]
/// ```
public final class Store: Sendable {
    let writer: any DatabaseWriter
    var reader: any DatabaseReader { writer }
    /// The database file, or nil for an in-memory store.
    public let path: String?

    /// Opens (creating if needed) the database at `path` in WAL mode with foreign keys on.
    public init(path: String) throws {
        self.path = path
        do {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.busyMode = .timeout(10)
            writer = try DatabasePool(path: path, configuration: configuration)
            try Migrations.migrator.migrate(writer)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? error.description)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: error.localizedDescription)
        }
    }

    /// A throwaway store in memory, for tests and one-off analyses.
    public init() throws {
        path = nil
        writer = try DatabaseQueue()
        try Migrations.migrator.migrate(writer)
    }

    /// Whether each article was newly stored (perhaps as a copy of one stored before) or was
    /// already there.
    public enum SaveOutcome: Sendable, Equatable {
        case stored
        /// Stored, and linked to the stored article it is a syndicated copy of.
        case storedCopy(of: String)
        case alreadyStored
    }

    /// Bodies at least this similar (estimated Jaccard of 5-word shingles) are the same story.
    public static let copySimilarity = 0.5

    /// How newly stored articles get their analysis: the pipeline as a function from an
    /// article to its `extract --json` object, and that output's version (`articlesNeedingAnalysis`).
    /// It returns nil when it could not analyse an article (and says why itself); the
    /// article is stored without an analysis, for `sitrep analyze` to retry.
    public struct Analyzing {
        public var version: Int
        public var analyze: (Article) -> Data?

        public init(version: Int, analyze: @escaping (Article) -> Data?) {
            self.version = version
            self.analyze = analyze
        }
    }

    /// Stores articles in one transaction: all of them or, on any error, none. An article
    /// whose id (normalised body) or normalised URL is already stored is reported, not stored
    /// again; one whose body nearly matches a stored one is linked to it as a copy. With
    /// `analyzing`, each newly stored article's analysis is stored in the same transaction.
    public func save(_ articles: [Article], analyzing: Analyzing? = nil, at date: Date = Date()) throws -> [SaveOutcome] {
        try writer.write { db in
            try articles.map { article in
                if try ArticleRecord.exists(db, key: article.id) { return .alreadyStored }
                if let url = article.url,
                   try ArticleRecord.filter(Column("normalizedURL") == URLNormalizer.normalise(url)).fetchCount(db) > 0 {
                    return .alreadyStored
                }
                let signature = MinHash(text: article.body)
                let original = try originalOf(signature, in: db)
                try ArticleRecord(article, ingestedAt: date, signature: signature, copyOf: original).insert(db)
                for (band, hash) in signature.bandHashes.enumerated() {
                    try db.execute(sql: "INSERT OR IGNORE INTO articleBand (band, hash, articleId) VALUES (?, ?, ?)",
                                   arguments: [band, hash, article.id])
                }
                if let analyzing, let json = analyzing.analyze(article) {
                    try Self.saveAnalysis(json, of: article.id, version: analyzing.version, at: date, in: db)
                }
                return original.map { .storedCopy(of: $0) } ?? .stored
            }
        }
    }

    /// The stored original that a body with this signature copies, if any: candidates share
    /// a band; the most similar one above `copySimilarity` wins, and a copy's original is
    /// followed so every copy links to the first version.
    private func originalOf(_ signature: MinHash, in db: Database) throws -> String? {
        var candidates: Set<String> = []
        for (band, hash) in signature.bandHashes.enumerated() {
            candidates.formUnion(try String.fetchAll(db, sql: "SELECT articleId FROM articleBand WHERE band = ? AND hash = ?",
                                                     arguments: [band, hash]))
        }
        var best: (record: ArticleRecord, similarity: Double)?
        for id in candidates.sorted() {
            guard let record = try ArticleRecord.fetchOne(db, key: id), let stored = record.signature else { continue }
            let similarity = signature.similarity(to: stored)
            if similarity >= Self.copySimilarity, similarity > (best?.similarity ?? 0) { best = (record, similarity) }
        }
        guard let best else { return nil }
        return best.record.copyOf ?? best.record.id
    }

    /// Ids of the stored copies of an article.
    public func copies(of id: String) throws -> [String] {
        try writer.read { db in
            try String.fetchAll(db, sql: "SELECT id FROM article WHERE copyOf = ? ORDER BY id", arguments: [id])
        }
    }

    public func articleCount() throws -> Int {
        try writer.read { db in try ArticleRecord.fetchCount(db) }
    }

    /// Stored articles, newest first: all of them, those matching a full-text query
    /// (FTS5 syntax: words, "phrases", OR, prefix*), and/or those published since a date.
    public func articles(matching query: String? = nil, since: Date? = nil, limit: Int = 50) throws -> [Article] {
        try writer.read { db in
            var request = ArticleRecord.all()
            if let query, let pattern = FTS5Pattern(matchingAllPrefixesIn: query) {
                request = request.filter(sql: "rowid IN (SELECT rowid FROM articleSearch WHERE articleSearch MATCH ?)",
                                         arguments: [pattern])
            } else if query != nil {
                return []
            }
            if let since {
                request = request.filter(Column("published") >= UTCTime.string(from: since))
            }
            return try request
                .order(Column("published").desc, Column("ingestedAt").desc)
                .limit(limit)
                .fetchAll(db)
                .map(\.article)
        }
    }

    /// The article whose id is `id` or starts with it (ids are long; a few characters do).
    public func article(id: String) throws -> Article {
        try writer.read { db in
            let matches = try ArticleRecord
                .filter(sql: "id = ? OR substr(id, 1, ?) = ?", arguments: [id, id.count, id])
                .limit(2)
                .fetchAll(db)
            if let exact = matches.first(where: { $0.id == id }) { return exact.article }
            guard let only = matches.first else { throw StoreError.noSuchArticle(id: id) }
            guard matches.count == 1 else { throw StoreError.ambiguousID(prefix: id, matches: try ArticleRecord
                .filter(sql: "substr(id, 1, ?) = ?", arguments: [id.count, id]).fetchCount(db)) }
            return only.article
        }
    }

    /// SQLite's own integrity check: "ok" when the file is sound.
    public func integrityCheck() throws -> String {
        try writer.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "no answer" }
    }
}
