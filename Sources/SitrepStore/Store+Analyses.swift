import Foundation
import GRDB
import SitrepText

/// Analyses and the records read from them: events, actors, quotes, claims, numbers.
extension Store {
    /// Stores an article's analysis (the `extract --json` object) and replaces its rows in
    /// the record tables, in one transaction.
    public func saveAnalysis(_ json: Data, of articleID: String, version: Int, at date: Date = Date()) throws {
        try writer.write { db in try Self.saveAnalysis(json, of: articleID, version: version, at: date, in: db) }
    }

    /// Stores several analyses in one transaction: all or none.
    public func saveAnalyses(_ analyses: [(articleID: String, json: Data)], version: Int, at date: Date = Date()) throws {
        try writer.write { db in
            for analysis in analyses {
                try Self.saveAnalysis(analysis.json, of: analysis.articleID, version: version, at: date, in: db)
            }
        }
    }

    static func saveAnalysis(_ json: Data, of articleID: String, version: Int, at date: Date, in db: Database) throws {
        let rows = try AnalysisRows(articleID: articleID, json: json)
        try db.execute(
            sql: "INSERT OR REPLACE INTO analysis (articleId, version, analyzedAt, json) VALUES (?, ?, ?, ?)",
            arguments: [articleID, version, UTCTime.string(from: date), String(decoding: json, as: UTF8.self)])
        let published = try String.fetchOne(db, sql: "SELECT published FROM article WHERE id = ?", arguments: [articleID])
        try rows.write(db, published: published)
    }

    /// The stored analysis of an article, as JSON; nil when it has none.
    public func analysis(of articleID: String) throws -> Data? {
        try reader.read { db in
            try String.fetchOne(db, sql: "SELECT json FROM analysis WHERE articleId = ?", arguments: [articleID]).map { Data($0.utf8) }
        }
    }

    /// Ids of stored articles with no analysis, or one older than `version`, oldest first.
    public func articlesNeedingAnalysis(version: Int, limit: Int) throws -> [String] {
        try reader.read { db in
            try String.fetchAll(db, sql: """
                SELECT article.id FROM article LEFT JOIN analysis ON analysis.articleId = article.id
                WHERE analysis.version IS NULL OR analysis.version < ?
                ORDER BY article.ingestedAt, article.id LIMIT ?
                """, arguments: [version, limit])
        }
    }

    public func events(_ filter: EventFilter) throws -> [StoredEvent] {
        var clauses: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let actor = filter.actor {
            clauses.append("(sourceCode LIKE ? OR targetCode LIKE ? OR sourceName LIKE ? OR targetName LIKE ?)")
            arguments += [actor + "%", actor + "%", "%" + actor + "%", "%" + actor + "%"]
        }
        if let country = filter.country {
            clauses.append("(sourceCode LIKE ? OR targetCode LIKE ? OR event.country = ?)")
            arguments += [country + "%", country + "%", country]
        }
        if let code = filter.code {
            clauses.append("code LIKE ?")
            arguments.append(code + "%")
        }
        if let quadClass = filter.quadClass {
            clauses.append("quadClass = ?")
            arguments.append(quadClass)
        }
        if let since = filter.since {
            clauses.append("date >= ?")
            arguments.append(since)
        }
        if let until = filter.until {
            clauses.append("substr(date, 1, 10) <= ?")
            arguments.append(until)
        }
        if let place = filter.place {
            clauses.append("location LIKE ?")
            arguments.append("%" + place + "%")
        }
        if let modality = filter.modality {
            clauses.append("modality = ?")
            arguments.append(modality)
        }
        if !filter.includeBackground { clauses.append("background = 0") }
        if filter.onePerCluster { clauses.append("event.rowid IN (SELECT min(rowid) FROM event GROUP BY cluster)") }
        let condition = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        arguments += [filter.limit, filter.offset]
        return try reader.read { db in
            try StoredEvent.fetchAll(db, sql: """
                SELECT event.*, article.title, article.outlet, article.url, article.published, analysis.analyzedAt,
                       (SELECT count(DISTINCT report.articleId) FROM event AS report WHERE report.cluster = event.cluster) AS reports,
                       (SELECT count(DISTINCT coalesce(reporter.outlet, reporter.id)) FROM event AS report
                        JOIN article AS reporter ON reporter.id = report.articleId
                        WHERE report.cluster = event.cluster AND reporter.copyOf IS NULL) AS sources
                FROM event
                JOIN article ON article.id = event.articleId
                JOIN analysis ON analysis.articleId = event.articleId \(condition)
                ORDER BY date DESC, event.articleId, CAST(substr(event.id, 3) AS INTEGER) LIMIT ? OFFSET ?
                """, arguments: StatementArguments(arguments))
        }
    }

    /// Actors across the store, most mentioned first; `matching` filters by name or code.
    public func actors(matching text: String? = nil, limit: Int = 100) throws -> [ActorSummary] {
        let pattern = text.map { "%" + $0 + "%" }
        return try reader.read { db in
            try ActorSummary.fetchAll(db, sql: """
                SELECT actor.name, actor.code, actor.type, max(actor.role) AS role, max(actor.country) AS country,
                       count(DISTINCT actor.articleId) AS articles, sum(actor.mentions) AS mentions,
                       (SELECT count(*) FROM event WHERE event.sourceName = actor.name
                            AND coalesce(event.sourceCode, '') = coalesce(actor.code, '')) AS eventsAsSource,
                       (SELECT count(*) FROM event WHERE event.targetName = actor.name
                            AND coalesce(event.targetCode, '') = coalesce(actor.code, '')) AS eventsAsTarget
                FROM actor
                WHERE ? IS NULL OR actor.name LIKE ? OR actor.code LIKE ?
                GROUP BY actor.name, actor.code, actor.type
                ORDER BY articles DESC, mentions DESC, actor.name LIMIT ?
                """, arguments: [pattern, pattern, pattern, limit])
        }
    }

    /// Quotes, newest article first; `speaker` matches part of the speaker's name or a code
    /// prefix, `search` part of the quoted text.
    public func quotes(speaker: String? = nil, search: String? = nil, limit: Int = 100, offset: Int = 0) throws -> [StoredQuote] {
        try reader.read { db in
            try StoredQuote.fetchAll(db, sql: """
                SELECT quote.*, article.title AS articleTitle, article.published FROM quote
                JOIN article ON article.id = quote.articleId
                WHERE (? IS NULL OR quote.speakerName LIKE ? OR quote.speakerCode LIKE ?)
                  AND (? IS NULL OR quote.text LIKE ?)
                ORDER BY article.published DESC, quote.articleId, quote.start LIMIT ? OFFSET ?
                """, arguments: [speaker, speaker.map { "%" + $0 + "%" }, speaker.map { $0 + "%" },
                                 search, search.map { "%" + $0 + "%" }, limit, offset])
        }
    }

    /// Claims, newest article first; with `disputedOnly`, those that contradict another claim,
    /// each with the claim it contradicts.
    public func claims(disputedOnly: Bool = false, limit: Int = 100, offset: Int = 0) throws -> [StoredClaim] {
        try reader.read { db in
            try StoredClaim.fetchAll(db, sql: """
                SELECT claim.*, other.text AS disputedText, other.claimantName AS disputedClaimant,
                       article.title AS articleTitle, article.published FROM claim
                JOIN article ON article.id = claim.articleId
                LEFT JOIN claim AS other ON other.articleId = claim.articleId AND other.id = claim.disputes
                WHERE ? = 0 OR claim.disputes IS NOT NULL
                ORDER BY article.published DESC, claim.articleId, claim.start LIMIT ? OFFSET ?
                """, arguments: [disputedOnly, limit, offset])
        }
    }

    /// Reported numbers, newest article first; `unit` matches part of the unit.
    public func numbers(unit: String? = nil, limit: Int = 100, offset: Int = 0) throws -> [StoredNumber] {
        try reader.read { db in
            try StoredNumber.fetchAll(db, sql: """
                SELECT number.*, article.title AS articleTitle, article.published FROM number
                JOIN article ON article.id = number.articleId
                WHERE ? IS NULL OR number.unit LIKE ?
                ORDER BY article.published DESC, number.articleId, number.start LIMIT ? OFFSET ?
                """, arguments: [unit, unit.map { "%" + $0 + "%" }, limit, offset])
        }
    }
}
