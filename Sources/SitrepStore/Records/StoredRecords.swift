import Foundation
import GRDB

/// An actor as a record names it: the entity id within its article, a name and a code.
public struct ActorReference: Codable, Sendable, Hashable {
    public var entity: String?
    public var name: String
    public var code: String?
}

/// An event as stored, with the article it came from: what `sitrep events` lists and the
/// API serves.
public struct StoredEvent: Codable, Sendable, FetchableRecord {
    public var articleId: String
    public var id: String
    public var code: String
    public var root: String
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    public var quadClass: Int
    public var goldstein: Double?
    /// PLOVER event type and mode ("ASSAULT", "aerial"), mapped from the CAMEO code.
    public var ploverType: String?
    public var ploverMode: String?
    public var source: ActorReference?
    public var target: ActorReference?
    public var modality: String
    public var background: Bool
    /// The event's own date at its precision, else the article's publication day.
    public var date: String?
    public var location: String?
    public var country: String?
    public var latitude: Double?
    public var longitude: Double?
    public var trigger: String
    public var sentence: String
    public var sentenceStart: Int
    public var sentenceEnd: Int
    public var confidence: Double
    public var articleTitle: String?
    public var outlet: String?
    public var url: String?
    public var published: String?
    public var analyzedAt: String?
    /// Reports of one real-world event share a cluster (`EventCluster`).
    public var cluster: String
    /// Articles reporting this event.
    public var reports: Int
    /// Independent outlets among them: syndicated copies add reports, not sources.
    public var sources: Int

    /// CAMEO's four classes by root code, as GDELT counts them.
    public static func quadClass(ofRoot root: String) -> Int {
        switch Int(root) ?? 0 {
        case 1...5: 1
        case 6...9: 2
        case 10...14: 3
        case 15...20: 4
        default: 0
        }
    }

    public init(row: Row) throws {
        articleId = row["articleId"]
        id = row["id"]
        code = row["code"]
        root = row["root"]
        quadClass = row["quadClass"]
        goldstein = row["goldstein"]
        ploverType = row["ploverType"]
        ploverMode = row["ploverMode"]
        source = (row["sourceName"] as String?).map { ActorReference(entity: row["sourceEntity"], name: $0, code: row["sourceCode"]) }
        target = (row["targetName"] as String?).map { ActorReference(entity: row["targetEntity"], name: $0, code: row["targetCode"]) }
        modality = row["modality"]
        background = row["background"]
        date = row["date"]
        location = row["location"]
        country = row["country"]
        latitude = row["latitude"]
        longitude = row["longitude"]
        trigger = row["trigger"]
        sentence = row["sentence"]
        sentenceStart = row["sentenceStart"]
        sentenceEnd = row["sentenceEnd"]
        confidence = row["confidence"]
        articleTitle = row["title"]
        outlet = row["outlet"]
        url = row["url"]
        published = row["published"]
        analyzedAt = row["analyzedAt"]
        cluster = row["cluster"]
        reports = row["reports"] ?? 1
        sources = max(1, row["sources"] ?? 1)
    }
}

/// Which events to list; every field left nil matches everything.
public struct EventFilter: Sendable, Hashable {
    /// A CAMEO actor code prefix ("IRN" matches IRNGOV) or part of a name, on either side.
    public var actor: String?
    /// A country code, on either side or where the event took place.
    public var country: String?
    /// CAMEO root ("19") or a longer code prefix ("138").
    public var code: String?
    public var quadClass: Int?
    /// Dates as yyyy-mm-dd, inclusive.
    public var since: String?
    public var until: String?
    /// Part of the location's name.
    public var place: String?
    public var modality: String?
    /// Include background events (dated well before their article); off by default.
    public var includeBackground: Bool
    /// One row per real-world event (its first report), with the counts of reports and
    /// sources; off, every report is a row.
    public var onePerCluster: Bool
    public var limit: Int
    public var offset: Int

    public init(actor: String? = nil, country: String? = nil, code: String? = nil, quadClass: Int? = nil,
                since: String? = nil, until: String? = nil, place: String? = nil, modality: String? = nil,
                includeBackground: Bool = false, onePerCluster: Bool = true, limit: Int = 100, offset: Int = 0) {
        self.actor = actor
        self.country = country
        self.code = code
        self.quadClass = quadClass
        self.since = since
        self.until = until
        self.place = place
        self.modality = modality
        self.includeBackground = includeBackground
        self.onePerCluster = onePerCluster
        self.limit = limit
        self.offset = offset
    }
}

/// An actor across the store: how often it appears and acts.
public struct ActorSummary: Codable, Sendable, FetchableRecord {
    public var name: String
    public var code: String?
    public var type: String
    public var role: String?
    public var country: String?
    /// Articles that mention it.
    public var articles: Int
    public var mentions: Int
    public var eventsAsSource: Int
    public var eventsAsTarget: Int
}

/// A quote as stored, with its article.
public struct StoredQuote: Codable, Sendable, FetchableRecord {
    public var articleId: String
    public var id: String
    public var kind: String
    public var speakerName: String
    public var speakerCode: String?
    public var via: String?
    public var verb: String?
    public var text: String
    public var start: Int
    public var end: Int
    public var articleTitle: String?
    public var published: String?
}

/// A claim as stored; `disputedText` and `disputedClaimant` are the claim it contradicts.
public struct StoredClaim: Codable, Sendable, FetchableRecord {
    public var articleId: String
    public var id: String
    public var claimantName: String
    public var claimantCode: String?
    public var text: String
    public var stance: String
    public var disputes: String?
    public var disputedText: String?
    public var disputedClaimant: String?
    public var start: Int
    public var end: Int
    public var articleTitle: String?
    public var published: String?
}

/// A reported number as stored.
public struct StoredNumber: Codable, Sendable, FetchableRecord {
    public var articleId: String
    public var id: String
    public var value: Double
    public var upper: Double?
    public var qualifier: String?
    public var unit: String?
    public var text: String
    public var event: String?
    public var start: Int
    public var end: Int
    public var articleTitle: String?
    public var published: String?
}
