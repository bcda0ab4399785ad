/// An article body split into tokens and sentences, plus what each stage learned about it.
///
/// Every stage reads a `Document` and enriches it in place; nothing else flows between
/// stages. Layers are flat arrays parallel to `tokens` (as in spaCy's `Doc`), empty until
/// the stage that provides them has run:
///
/// ```
/// text      "Biden warned Iran."
/// tokens    [Biden] [warned] [Iran] [.]
/// sentences [0..<4]
/// upos      PROPN   VERB     PROPN  PUNCT
/// heads     1       1        1      1        (index of the head token; the root points at itself)
/// entities  PER 0..<1, LOC 2..<3
/// ```
public struct Document: Sendable {
    /// The text that every offset points into: the article body.
    public let text: String
    /// `text` as UTF-8, so stages can slice it by `Token.utf8` in constant time.
    public let utf8: [UInt8]
    /// The article the text came from, when there is one (corpora have none).
    public let article: Article?

    public package(set) var tokens: [Token] = []
    /// Sentences, as ranges of indices into `tokens`; they tile the tokens.
    public package(set) var sentences: [Range<Int>] = []
    public package(set) var upos: [UPOS] = []
    /// Penn Treebank tags ("VBN", "NNP"), which later stages need beyond UPOS.
    public package(set) var xpos: [String] = []
    public package(set) var lemmas: [String] = []
    /// Index of each token's head; a sentence root points at itself.
    public package(set) var heads: [Int] = []
    public package(set) var relations: [DependencyRelation] = []
    /// Named-entity mentions, in text order, never overlapping.
    public package(set) var entities: [Span<EntityType>] = []
    /// The actors the article talks about, each with all its mentions.
    public package(set) var referents: [Referent] = []
    public package(set) var places: [Place] = []
    public package(set) var quantities: [Quantity] = []
    public package(set) var events: [Event] = []
    public package(set) var quotes: [Quote] = []
    public package(set) var claims: [Claim] = []

    public init(text: String) {
        self.text = text
        self.utf8 = Array(text.utf8)
        self.article = nil
    }

    public init(article: Article) {
        self.text = article.body
        self.utf8 = Array(article.body.utf8)
        self.article = article
    }

    /// The text of token `index`.
    public func text(of index: Int) -> String {
        String(decoding: utf8[tokens[index].utf8], as: UTF8.self)
    }

    /// The text a run of tokens covers, including the spaces between them.
    public func text(of tokenRange: Range<Int>) -> String {
        guard let first = tokenRange.first, let last = tokenRange.last else { return "" }
        return String(decoding: utf8[tokens[first].utf8.lowerBound..<tokens[last].utf8.upperBound], as: UTF8.self)
    }

    /// Unicode scalar offsets covered by a run of tokens.
    public func scalarRange(of tokenRange: Range<Int>) -> Range<Int> {
        guard let first = tokenRange.first, let last = tokenRange.last else { return 0..<0 }
        return tokens[first].scalars.lowerBound..<tokens[last].scalars.upperBound
    }

    /// The index of the sentence holding token `index`, by binary search.
    public func sentenceIndex(ofToken index: Int) -> Int? {
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].upperBound <= index {
                low = mid + 1
            } else if sentences[mid].lowerBound > index {
                high = mid
            } else {
                return mid
            }
        }
        return nil
    }
}

extension Document {
    /// Replaces the token and sentence layers; for the segmenting stage and for corpora that
    /// come already tokenised.
    package mutating func setSegmentation(tokens: [Token], sentences: [Range<Int>]) {
        self.tokens = tokens
        self.sentences = sentences
    }

    package mutating func setTags(upos: [UPOS], xpos: [String]) {
        self.upos = upos
        self.xpos = xpos
    }

    package mutating func setLemmas(_ lemmas: [String]) {
        self.lemmas = lemmas
    }

    package mutating func setDependencies(heads: [Int], relations: [DependencyRelation]) {
        self.heads = heads
        self.relations = relations
    }

    package mutating func setEntities(_ entities: [Span<EntityType>]) {
        self.entities = entities
    }

    package mutating func setReferents(_ referents: [Referent], places: [Place]) {
        self.referents = referents
        self.places = places
    }

    package mutating func setQuantities(_ quantities: [Quantity]) {
        self.quantities = quantities
    }

    package mutating func setEvents(_ events: [Event]) {
        self.events = events
    }

    package mutating func setQuotes(_ quotes: [Quote], claims: [Claim]) {
        self.quotes = quotes
        self.claims = claims
    }
}
