import SitrepKnowledge
import SitrepText

/// Who did what to whom, when and where, with the sentence and words that say so.
public struct EventJSON: Encodable, Sendable {
    public var id: String
    public var code: String
    /// The two-digit CAMEO root ("13"), its GDELT QuadClass (1 verbal cooperation … 4
    /// material conflict), the code's Goldstein value and name.
    public var root: String
    public var quadClass: Int?
    public var goldstein: Double?
    public var name: String?
    /// The PLOVER event type and mode the CAMEO code maps to (CAMEO2PLOVER-2021).
    public var plover: PloverJSON?
    public var source: ArgumentJSON?
    public var target: ArgumentJSON?
    public var trigger: TextSpanJSON
    /// The sentence the event was read from.
    public var sentence: TextSpanJSON
    public var modality: String
    /// Dated well before the article: context, not a new event.
    public var background: Bool
    public var date: DateJSON?
    /// The place's name; `place` is its id in `places`.
    public var location: String?
    public var place: String?
    /// Ids in `numbers`.
    public var numbers: [String]
    public var reportedBy: ActorRefJSON?
    public var pattern: String
    public var confidence: Double

    init(_ document: Document, _ index: Int, _ ids: RecordIDs) {
        let event = document.events[index]
        id = ids.event(index)
        code = event.code
        root = CameoOntology.root(event.code)
        quadClass = CameoOntology.quadClass(root: root)
        let entry = Self.ontology?.entry(event.code)
        goldstein = entry?.goldstein
        name = entry?.name
        plover = entry?.ploverType.map { PloverJSON(type: $0, mode: entry?.ploverMode) }
        source = event.source.map { ArgumentJSON(document, $0, ids) }
        target = event.target.map { ArgumentJSON(document, $0, ids) }
        trigger = TextSpanJSON(document, event.trigger)
        let sentenceIndex = document.sentenceIndex(ofToken: event.trigger.lowerBound) ?? 0
        sentence = TextSpanJSON(document, document.sentences[sentenceIndex])
        modality = event.modality.rawValue
        background = event.isBackground
        date = event.date.map { DateJSON(document, $0) }
        location = event.place.map { document.places[$0].name }
        place = event.place.map(ids.place)
        numbers = event.quantities.map(ids.number)
        reportedBy = event.reportedBy.map { ActorRefJSON(document, referent: $0, tokens: nil, ids) }
        pattern = event.pattern
        confidence = event.confidence
    }

    /// Loaded once; a missing table leaves the codebook fields out rather than failing.
    static let ontology = try? CameoOntology.bundled()

    enum CodingKeys: String, CodingKey {
        case id, code, root, goldstein, name, plover, source, target, trigger, sentence, modality, background, date, location, place, numbers
        case pattern, confidence
        case reportedBy = "reported_by"
        case quadClass = "quad_class"
    }
}

public struct PloverJSON: Encodable, Sendable {
    public var type: String
    public var mode: String?
}

/// An event's source or target: the actor and the words it was read from.
public struct ArgumentJSON: Encodable, Sendable {
    public var entity: String?
    public var name: String
    public var code: String?
    public var text: TextSpanJSON
    /// Taken from context, not from the event's own clause.
    public var inferred: Bool

    init(_ document: Document, _ argument: Event.Argument, _ ids: RecordIDs) {
        let actor = ActorRefJSON(document, referent: argument.referent, tokens: argument.tokens, ids)
        entity = actor.entity
        name = actor.name
        code = actor.code
        text = TextSpanJSON(document, argument.tokens)
        inferred = argument.isInferred
    }
}

public struct DateJSON: Encodable, Sendable {
    public var value: String
    public var precision: String
    public var text: TextSpanJSON?

    init(_ document: Document, _ date: EventDate) {
        value = date.value
        precision = date.precision.rawValue
        text = date.tokens.map { TextSpanJSON(document, $0) }
    }
}
