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
        migrator.registerMigration("v4: analyses and the records read from them") { db in
            try db.create(table: "analysis") { t in
                t.primaryKey("articleId", .text).references("article", onDelete: .cascade)
                t.column("version", .integer).notNull()
                t.column("analyzedAt", .text).notNull()
                t.column("json", .text).notNull()
            }
            try db.create(table: "actor") { t in
                t.column("articleId", .text).notNull().references("article", onDelete: .cascade)
                t.column("id", .text).notNull()
                t.column("name", .text).notNull()
                t.column("type", .text).notNull()
                t.column("code", .text).indexed()
                t.column("role", .text)
                t.column("country", .text)
                t.column("mentions", .integer).notNull()
                t.primaryKey(["articleId", "id"])
            }
            try db.create(table: "event") { t in
                t.column("articleId", .text).notNull().references("article", onDelete: .cascade)
                t.column("id", .text).notNull()
                t.column("code", .text).notNull()
                t.column("root", .text).notNull().indexed()
                t.column("quadClass", .integer).notNull()
                t.column("goldstein", .double)
                t.column("ploverType", .text)
                t.column("ploverMode", .text)
                t.column("sourceEntity", .text)
                t.column("sourceName", .text)
                t.column("sourceCode", .text).indexed()
                t.column("targetEntity", .text)
                t.column("targetName", .text)
                t.column("targetCode", .text).indexed()
                t.column("modality", .text).notNull()
                t.column("background", .boolean).notNull()
                t.column("date", .text).indexed()
                t.column("location", .text)
                t.column("country", .text)
                t.column("latitude", .double)
                t.column("longitude", .double)
                t.column("trigger", .text).notNull()
                t.column("sentence", .text).notNull()
                t.column("sentenceStart", .integer).notNull()
                t.column("sentenceEnd", .integer).notNull()
                t.column("confidence", .double).notNull()
                t.column("json", .text).notNull()
                t.column("cluster", .text).notNull().indexed()
                t.primaryKey(["articleId", "id"])
            }
            try db.create(table: "quote") { t in
                t.column("articleId", .text).notNull().references("article", onDelete: .cascade)
                t.column("id", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("speakerName", .text).notNull()
                t.column("speakerCode", .text)
                t.column("via", .text)
                t.column("verb", .text)
                t.column("text", .text).notNull()
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.primaryKey(["articleId", "id"])
            }
            try db.create(table: "claim") { t in
                t.column("articleId", .text).notNull().references("article", onDelete: .cascade)
                t.column("id", .text).notNull()
                t.column("claimantName", .text).notNull()
                t.column("claimantCode", .text)
                t.column("text", .text).notNull()
                t.column("stance", .text).notNull()
                t.column("disputes", .text)
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.primaryKey(["articleId", "id"])
            }
            try db.create(table: "number") { t in
                t.column("articleId", .text).notNull().references("article", onDelete: .cascade)
                t.column("id", .text).notNull()
                t.column("value", .double).notNull()
                t.column("upper", .double)
                t.column("qualifier", .text)
                t.column("unit", .text)
                t.column("text", .text).notNull()
                t.column("event", .text)
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.primaryKey(["articleId", "id"])
            }
        }
        return migrator
    }
}
