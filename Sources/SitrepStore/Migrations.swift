import GRDB

/// The store's schema, as append-only migrations: a shipped migration is never edited; a
/// change is a new one, so every database, however old, reaches the same schema.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles with full-text search") { db in
            try db.create(table: "article") { t in
                t.primaryKey("id", .text)
                t.column("title", .text)
                t.column("outlet", .text)
                t.column("url", .text).indexed()
                t.column("section", .text)
                t.column("authors", .text).notNull().defaults(to: "[]")
                t.column("published", .text).indexed()
                t.column("publishedPrecision", .text)
                t.column("publishedOffset", .integer)
                t.column("publishedOriginal", .text)
                t.column("dateline", .text)
                t.column("imageURL", .text)
                t.column("body", .text).notNull()
                t.column("language", .text).notNull()
                t.column("origin", .text)
                t.column("ingestedAt", .text).notNull()
            }
            try db.create(virtualTable: "articleSearch", using: FTS5()) { t in
                t.synchronize(withTable: "article")
                t.tokenizer = .porter(wrapping: .unicode61())
                t.column("title")
                t.column("body")
            }
        }
        migrator.registerMigration("v2: normalised URLs and syndicated copies") { db in
            try db.alter(table: "article") { t in
                t.add(column: "normalizedURL", .text)
                t.add(column: "copyOf", .text).references("article", onDelete: .setNull)
                t.add(column: "minhash", .blob)
            }
            try db.create(index: "article_on_normalizedURL", on: "article", columns: ["normalizedURL"])
            try db.create(index: "article_on_copyOf", on: "article", columns: ["copyOf"])
            try db.create(table: "articleBand") { t in
                t.column("band", .integer).notNull()
                t.column("hash", .integer).notNull()
                t.column("articleId", .text).notNull().references("article", onDelete: .cascade)
                t.primaryKey(["band", "hash", "articleId"])
            }
        }
        migrator.registerMigration("v3: watched sources") { db in
            try db.create(table: "source") { t in
                t.primaryKey("url", .text)
                t.column("etag", .text)
                t.column("lastModified", .text)
                t.column("lastChecked", .text)
                t.column("lastSuccess", .text)
                t.column("failures", .integer).notNull().defaults(to: 0)
                t.column("nextCheck", .text)
                t.column("lastError", .text)
            }
        }
        return migrator
    }
}
