import SitrepText

/// Something someone said, and who said it.
public struct QuoteJSON: Encodable, Sendable {
    public var id: String
    /// direct or indirect.
    public var kind: String
    public var speaker: SpeakerJSON
    /// The reporting verb or phrase as written ("stated", "according to").
    public var verb: String?
    public var text: String
    public var start: Int
    public var end: Int

    init(_ document: Document, _ index: Int, _ ids: RecordIDs) {
        let quote = document.quotes[index]
        let content = TextSpanJSON(document, quote.content)
        id = ids.quote(index)
        kind = quote.kind.rawValue
        speaker = SpeakerJSON(document, quote.speaker, ids)
        verb = quote.cue.map { document.text(of: $0) }
        text = content.text
        start = content.start
        end = content.end
    }
}

/// A speaker or claimant: a resolved actor, or the words describing an unnamed source, and
/// the outlet it came through.
public struct SpeakerJSON: Encodable, Sendable {
    public var entity: String?
    public var name: String
    public var code: String?
    public var via: ActorRefJSON?

    init(_ document: Document, _ speaker: Speaker, _ ids: RecordIDs) {
        let actor = ActorRefJSON(document, referent: speaker.referent, tokens: speaker.tokens, ids)
        entity = actor.entity
        name = actor.name
        code = actor.code
        via = speaker.via.map { ActorRefJSON(document, referent: $0, tokens: nil, ids) }
    }
}

/// A proposition, who stands behind it, and the claim it contradicts.
public struct ClaimJSON: Encodable, Sendable {
    public var id: String
    public var claimant: SpeakerJSON
    public var text: String
    public var start: Int
    public var end: Int
    /// asserts, denies, disputes or doubts.
    public var stance: String
    /// The id of the claim this one contradicts.
    public var disputes: String?
    /// The id of an earlier claim by someone else stating the same proposition.
    public var restates: String?
    public var quotes: [String]
    public var cue: TextSpanJSON?

    init(_ document: Document, _ index: Int, _ ids: RecordIDs) {
        let claim = document.claims[index]
        let content = TextSpanJSON(document, claim.content)
        id = ids.claim(index)
        claimant = SpeakerJSON(document, claim.claimant, ids)
        text = content.text
        start = content.start
        end = content.end
        stance = claim.stance.rawValue
        disputes = claim.disputes.map(ids.claim)
        restates = claim.restates.map(ids.claim)
        quotes = claim.quotes.map(ids.quote)
        cue = claim.cue.map { TextSpanJSON(document, $0) }
    }
}

/// A number the article reports, with what it counts.
public struct NumberJSON: Encodable, Sendable {
    public var id: String
    /// The conservative value (the lower bound of a range or a vague count).
    public var value: Double
    public var upper: Double?
    public var qualifier: String?
    public var unit: String?
    public var text: String
    public var start: Int
    public var end: Int
    /// The id of the event the number belongs to.
    public var event: String?

    init(_ document: Document, _ index: Int, _ ids: RecordIDs) {
        let quantity = document.quantities[index]
        let span = TextSpanJSON(document, quantity.tokens)
        id = ids.number(index)
        value = quantity.value
        upper = quantity.upperBound
        qualifier = quantity.qualifier
        unit = quantity.unit
        text = span.text
        start = span.start
        end = span.end
        event = document.events.firstIndex { $0.quantities.contains(index) }.map(ids.event)
    }
}
