/// Someone or something the article talks about, as one canonical actor with every mention
/// of it: "President Joe Biden", "Biden", "he" are one referent coded USAGOV.
///
/// Resolution fills these; events, quotes and claims point at them by index into
/// `Document.referents`, so an actor's code is decided once per article.
public struct Referent: Sendable, Hashable {
    /// The fullest name the article gives ("Joe Biden"), or the description for unnamed
    /// actors ("U.S. forces").
    public var name: String
    public var type: EntityType
    /// CAMEO actor code for the article's date ("USAGOV", "IRNREB", "PSEREBHMS").
    public var code: String?
    /// What the article or the dictionary says the actor is ("President of Iran").
    public var role: String?
    /// CAMEO country code of the actor ("IRN").
    public var country: String?
    /// Mentions in text order; the first is where the actor is introduced.
    public var mentions: [Mention]
    /// Why the code was chosen, in words (`--debug`): "dictionary: sitrep.actors.txt:214",
    /// "title: Foreign Minister + Iran's".
    public var evidence: [String]

    public init(name: String, type: EntityType, code: String? = nil, role: String? = nil, country: String? = nil,
                mentions: [Mention] = [], evidence: [String] = []) {
        self.name = name
        self.type = type
        self.code = code
        self.role = role
        self.country = country
        self.mentions = mentions
        self.evidence = evidence
    }
}

/// One place in the text that refers to a referent.
public struct Mention: Sendable, Hashable {
    /// Indices into `Document.tokens`.
    public var tokens: Range<Int>
    public var kind: Kind

    public enum Kind: String, Sendable, Hashable, Codable {
        /// A proper name: "Joe Biden", "Hezbollah".
        case name
        /// A description or title: "the Ayatollah", "U.S. forces", "the group".
        case nominal
        /// "he", "their", "my".
        case pronoun
    }

    public init(tokens: Range<Int>, kind: Kind) {
        self.tokens = tokens
        self.kind = kind
    }
}

extension Document {
    /// For each token, the index of the referent whose mention covers it, if any: the one
    /// lookup events and quotes use to turn an argument's words into an actor. Mentions may
    /// nest ("Iran's" inside "Iran's Foreign Minister Hossein Amirabdollahian"); the innermost
    /// mention owns the token, so "Iran" is Iran and "Amirabdollahian" is the minister.
    public func referentOfToken() -> [Int?] {
        var owners = [Int?](repeating: nil, count: tokens.count)
        var widths = [Int](repeating: Int.max, count: tokens.count)
        for (index, referent) in referents.enumerated() {
            for mention in referent.mentions {
                for token in mention.tokens where mention.tokens.count < widths[token] {
                    owners[token] = index
                    widths[token] = mention.tokens.count
                }
            }
        }
        return owners
    }
}
