import SitrepText

/// An actor the article talks about, with every mention of it.
public struct EntityJSON: Encodable, Sendable {
    public var id: String
    public var name: String
    public var type: String
    public var code: String?
    public var role: String?
    public var country: String?
    public var mentions: [MentionJSON]
    /// Why the code was chosen ("dictionary: sitrep.actors.txt:214").
    public var evidence: [String]

    /// Resolved actors when the pipeline resolved them; otherwise each recognised entity span
    /// on its own, uncoded.
    static func all(_ document: Document, _ ids: RecordIDs) -> [EntityJSON] {
        guard document.referents.isEmpty else {
            return document.referents.indices.map { EntityJSON(document, referent: $0, ids) }
        }
        return document.entities.enumerated().map { index, span in
            let mention = MentionJSON(TextSpanJSON(document, span.tokens), kind: .name)
            return EntityJSON(id: "e\(index + 1)", name: mention.text, type: span.label.rawValue, code: nil, role: nil,
                              country: nil, mentions: [mention], evidence: [])
        }
    }

    init(id: String, name: String, type: String, code: String?, role: String?, country: String?,
         mentions: [MentionJSON], evidence: [String]) {
        self.id = id
        self.name = name
        self.type = type
        self.code = code
        self.role = role
        self.country = country
        self.mentions = mentions
        self.evidence = evidence
    }

    init(_ document: Document, referent index: Int, _ ids: RecordIDs) {
        let referent = document.referents[index]
        self.init(id: ids.referents[index], name: referent.name, type: referent.type.rawValue, code: referent.code,
                  role: referent.role, country: referent.country,
                  mentions: referent.mentions.map { MentionJSON(TextSpanJSON(document, $0.tokens), kind: $0.kind) },
                  evidence: referent.evidence)
    }
}

public struct MentionJSON: Encodable, Sendable {
    public var text: String
    public var start: Int
    public var end: Int
    /// name, nominal or pronoun.
    public var kind: String

    init(_ span: TextSpanJSON, kind: Mention.Kind) {
        text = span.text
        start = span.start
        end = span.end
        self.kind = kind.rawValue
    }
}

/// A place the article names.
public struct PlaceJSON: Encodable, Sendable {
    public var id: String
    public var name: String
    public var kind: String
    public var country: String?
    public var latitude: Double?
    public var longitude: Double?
    public var mentions: [TextSpanJSON]

    init(_ document: Document, _ index: Int, _ ids: RecordIDs) {
        let place = document.places[index]
        id = ids.place(index)
        name = place.name
        kind = place.kind.rawValue
        country = place.country
        latitude = place.latitude
        longitude = place.longitude
        mentions = place.mentions.map { TextSpanJSON(document, $0) }
    }
}
