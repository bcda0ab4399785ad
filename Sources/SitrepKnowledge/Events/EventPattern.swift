/// One way a word codes an event: the trigger's lemma, the dependency frame around it that
/// must be present, and which dependents are the source and the target.
///
/// Frames name dependency roles, not word order, so "Biden issued a warning to Khamenei" and
/// "a warning was issued to Khamenei by Biden" match the same pattern:
///
/// ```
/// issue [130] obj=warning to=+          # sitrep's notation (see sitrep.events.txt)
/// ```
public struct EventPattern: Sendable, Hashable {
    public enum PartOfSpeech: String, Sendable, Hashable {
        case verb, noun
    }

    /// Who a frame element names, if anyone.
    public enum Role: Sendable, Hashable {
        case source, target
    }

    /// A dependent the trigger must have.
    public struct Element: Sendable, Hashable {
        public enum Slot: Sendable, Hashable {
            /// The direct object (for nouns: a compound or `of` dependent).
            case object
            /// The subject (active or passive).
            case subject
            /// A subject coordinated with another ("X and Y agree"): TABARI's `%`.
            case coordinatedSubject
            /// A nominal or clause introduced by this preposition or marker ("against", "to"), or
            /// by one of several ("against|on").
            case preposition(String)
            /// An open clausal complement ("vowed to eliminate").
            case xcomp
            /// A verb particle ("carry out") or adverb.
            case particle
            /// A possessor or nationality adjective of an event noun ("Israel's", "Israeli").
            case possessor
            /// Any word of the trigger's clause after the trigger.
            case after
            /// A word before the trigger: an auxiliary or the verb governing it ("will", "decline").
            case before
        }

        public var slot: Slot
        /// Lemmas (or word stems) any of which the dependent may have, lowercased; a
        /// multi-word alternative ("golden goblin galleons") ends at the dependent, its other
        /// words the forms right before it. Empty: any word.
        public var words: [String] {
            didSet {
                keys = Self.keys(words)
                hasPhrases = words.contains { $0.contains(" ") }
            }
        }
        /// Whether the dependent is the event's source or target.
        public var role: Role?
        /// Hashes of the words' lookup keys (`key(_:)`), to rule the element out against a
        /// sentence's vocabulary without comparing strings.
        public private(set) var keys: [Int]
        /// Whether an alternative is a phrase, so matching must look at the words before.
        public private(set) var hasPhrases: Bool

        public init(slot: Slot, words: [String] = [], role: Role? = nil) {
            self.slot = slot
            self.words = words
            self.role = role
            keys = Self.keys(words)
            hasPhrases = words.contains { $0.contains(" ") }
        }

        /// A word as the vocabulary of a sentence holds it: its first six letters, so stems
        /// like "critici" find longer forms (the frame match then compares whole words).
        /// FNV-1a over the first six UTF-8 bytes: no string is built.
        @inlinable
        public static func key(_ word: String) -> Int {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var count = 0
            for byte in word.utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                count += 1
                if count == 6 { break }
            }
            return Int(truncatingIfNeeded: hash)
        }

        /// A phrase ("golden goblin galleons") is found through its last word, the one the frame matches.
        private static func keys(_ words: [String]) -> [Int] {
            words.map { word in key(word.split(separator: " ").last.map(String.init) ?? word) }
        }

        public static func == (lhs: Element, rhs: Element) -> Bool {
            lhs.slot == rhs.slot && lhs.words == rhs.words && lhs.role == rhs.role
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(slot)
            hasher.combine(words)
            hasher.combine(role)
        }
    }

    public var lemma: String
    public var partOfSpeech: PartOfSpeech
    /// CAMEO code, or nil for the null code `---` (the frame matches but is no event).
    public var code: String?
    /// The code of the event in the other direction ("left for X" is also X receiving a visit).
    public var reverseCode: String?
    public var elements: [Element]
    /// Where the pattern came from ("phoenix:1642", "sitrep:57").
    public var id: String

    public init(lemma: String, partOfSpeech: PartOfSpeech = .verb, code: String?, reverseCode: String? = nil,
                elements: [Element] = [], id: String) {
        self.lemma = lemma
        self.partOfSpeech = partOfSpeech
        self.code = code
        self.reverseCode = reverseCode
        self.elements = elements
        self.id = id
    }

    /// How many constraints the frame sets: the most specific matching pattern wins. Each word
    /// of a phrase counts as a word of its own, as TABARI tries longer patterns first. A frame
    /// that only says its subject is the source (`subj=$`) says no more than a bare pattern, so
    /// "disagree|…|dispute [040] subj=$" does not outrank "dispute [111]" whenever the parser
    /// finds the subject.
    public var specificity: Int {
        if elements.count == 1, elements[0].words.isEmpty, elements[0].slot == .subject, elements[0].role == .source { return 0 }
        return elements.reduce(0) { total, element in
            total + (element.words.isEmpty ? 1 : 2 * (element.words.lazy.map { $0.split(separator: " ").count }.min() ?? 1))
        }
    }
}
