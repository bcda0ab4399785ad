/// Something someone said: a direct quote in quote marks, or reported speech.
public struct Quote: Sendable, Hashable {
    public var kind: Kind
    /// The quoted or reported words, without quote marks.
    public var content: Range<Int>
    public var speaker: Speaker
    /// The reporting verb or phrase ("said", "according to", "in a statement").
    public var cue: Range<Int>?

    public enum Kind: String, Sendable, Hashable, Codable {
        case direct, indirect
    }

    public init(kind: Kind, content: Range<Int>, speaker: Speaker, cue: Range<Int>? = nil) {
        self.kind = kind
        self.content = content
        self.speaker = speaker
        self.cue = cue
    }
}

/// Who said it: a resolved actor, or a described source ("an unnamed source") and the outlet
/// it came through.
public struct Speaker: Sendable, Hashable {
    /// Index into `Document.referents`.
    public var referent: Int?
    /// The words naming or describing the speaker.
    public var tokens: Range<Int>?
    /// Index into `Document.referents` of the outlet it came through ("cited by IRNA").
    public var via: Int?

    public init(referent: Int?, tokens: Range<Int>?, via: Int? = nil) {
        self.referent = referent
        self.tokens = tokens
        self.via = via
    }
}

/// A proposition someone stands behind or against.
public struct Claim: Sendable, Hashable {
    public var claimant: Speaker
    /// The proposition's words.
    public var content: Range<Int>
    public var stance: Stance
    /// Index into `Document.claims` of the claim this one contradicts.
    public var disputes: Int?
    /// Index into `Document.claims` of an earlier claim by another claimant that states the
    /// same proposition (a paraphrase: "issued a warning to Khamenei" / "a message was relayed
    /// to Khamenei").
    public var restates: Int?
    /// Indices into `Document.quotes` the claim rests on.
    public var quotes: [Int]
    /// The words that signal the stance or the dispute ("disputed Biden's account").
    public var cue: Range<Int>?

    public enum Stance: String, Sendable, Hashable, Codable {
        case asserts, denies, disputes, doubts
    }

    public init(claimant: Speaker, content: Range<Int>, stance: Stance, disputes: Int? = nil, restates: Int? = nil,
                quotes: [Int] = [], cue: Range<Int>? = nil) {
        self.claimant = claimant
        self.content = content
        self.stance = stance
        self.disputes = disputes
        self.restates = restates
        self.quotes = quotes
        self.cue = cue
    }
}
