/// Who did what to whom, when and where, with the words that say so.
public struct Event: Sendable, Hashable {
    /// CAMEO event code as a string ("138", "0256"); never an integer (`010` ≠ `10`).
    public var code: String
    /// The trigger: the verb or event noun ("warned", "airstrikes").
    public var trigger: Range<Int>
    public var source: Argument?
    public var target: Argument?
    public var modality: Modality
    /// Dated well before the article (background), not a new event.
    public var isBackground: Bool
    public var date: EventDate?
    /// Index into `Document.places`.
    public var place: Int?
    /// Indices into `Document.quantities` of the numbers that belong to this event.
    public var quantities: [Int]
    /// Index into `Document.referents` of who reported it ("according to the Pentagon").
    public var reportedBy: Int?
    /// The pattern that fired, as its dictionary names it ("phoenix:WARN:1234", "sitrep:airstrike").
    public var pattern: String
    /// 0...1, how much the text supports the coding.
    public var confidence: Double

    public init(code: String, trigger: Range<Int>, source: Argument? = nil, target: Argument? = nil,
                modality: Modality = .asserted, isBackground: Bool = false, date: EventDate? = nil, place: Int? = nil,
                quantities: [Int] = [], reportedBy: Int? = nil, pattern: String, confidence: Double) {
        self.code = code
        self.trigger = trigger
        self.source = source
        self.target = target
        self.modality = modality
        self.isBackground = isBackground
        self.date = date
        self.place = place
        self.quantities = quantities
        self.reportedBy = reportedBy
        self.pattern = pattern
        self.confidence = confidence
    }

    /// One side of an event: the words, and the actor they resolve to.
    public struct Argument: Sendable, Hashable {
        public var tokens: Range<Int>
        /// Index into `Document.referents`.
        public var referent: Int?
        /// Taken from context rather than this event's own clause.
        public var isInferred: Bool

        public init(tokens: Range<Int>, referent: Int?, isInferred: Bool = false) {
            self.tokens = tokens
            self.referent = referent
            self.isInferred = isInferred
        }
    }

    /// Whether the text says the event happened, and how.
    public enum Modality: String, Sendable, Hashable, Codable, CaseIterable {
        case asserted, threatened, conditional, planned, denied, negated, reported, hypothetical
    }
}

/// When an event happened, resolved against the publication date.
public struct EventDate: Sendable, Hashable {
    /// ISO 8601 at its precision: "2023-10-26", "2023-10", "2023".
    public var value: String
    public var precision: Precision
    /// The words it was read from ("on Thursday", "March 23").
    public var tokens: Range<Int>?

    public enum Precision: String, Sendable, Hashable, Codable {
        case day, week, month, year
    }

    public init(value: String, precision: Precision, tokens: Range<Int>? = nil) {
        self.value = value
        self.precision = precision
        self.tokens = tokens
    }
}
