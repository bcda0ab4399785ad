import SitrepText

/// Splits text into tokens the way UD English EWT and GUM do, with exact offsets.
///
/// The text is cut at whitespace into chunks; each chunk then loses its leading and trailing
/// punctuation, keeps the period of abbreviations and initials, and has clitics and hyphens
/// split off its core:
///
/// ```
/// "Don't," said Gen. Smith (U.S.-based).
///  " Do n't , said Gen. Smith ( U.S. - based ) .
/// ```
///
/// URLs, e-mail addresses, @handles and #hashtags are kept whole, numbers keep their commas
/// and decimal points ("1,400", "3.5"), and a unit written against a number is split ("12%",
/// "5pm", "$4bn" → "$" "4" "bn"). Words UD writes as several syntactic words ("don't",
/// "cannot", "gonna") come out as those words, each with offsets inside the surface form.
///
/// The tokenizer works on UTF-8 bytes and visits each byte a bounded number of times, so it
/// runs in linear time on any input.
public struct Tokenizer: Sendable {
    public init() {}

    /// The tokens of `text`.
    public func tokenize(_ text: String) -> [Token] {
        tokenize(utf8: Array(text.utf8)).tokens
    }

    /// Tokens plus what the sentence splitter needs to know about each.
    func tokenize(utf8: [UInt8]) -> TokenizedText {
        var scanner = ChunkScanner(estimatedTokens: utf8.count / 5 + 16)
        utf8.withUnsafeBufferPointer { scanner.scan($0) }
        return TokenizedText(tokens: scanner.tokens, traits: scanner.traits)
    }
}

/// Tokens with their traits, in parallel arrays.
struct TokenizedText {
    var tokens: [Token]
    var traits: [TokenTraits]
}

/// Facts about a token the tokenizer learns for free and the sentence splitter needs.
struct TokenTraits: OptionSet {
    let rawValue: UInt32

    /// A run of `.` `!` `?` `…`.
    static let terminal = TokenTraits(rawValue: 1 << 0)
    /// A word whose final period the tokenizer kept ("Inc.", "U.S.", "J.").
    static let abbreviation = TokenTraits(rawValue: 1 << 1)
    /// An abbreviation that precedes a name ("Mr.", "Gen."): never ends a sentence.
    static let title = TokenTraits(rawValue: 1 << 2)
    /// One letter and a period ("J.").
    static let initial = TokenTraits(rawValue: 1 << 3)
    /// Letters with periods inside ("U.S.", "a.m.").
    static let dotted = TokenTraits(rawValue: 1 << 4)
    /// A closing bracket, or a quote that closes (it ended its chunk).
    static let closing = TokenTraits(rawValue: 1 << 5)
    /// An opening bracket, or a quote that opens (it started its chunk).
    static let opening = TokenTraits(rawValue: 1 << 6)
    /// A straight quote standing alone between spaces: could open or close.
    static let bareQuote = TokenTraits(rawValue: 1 << 7)
    static let upper = TokenTraits(rawValue: 1 << 8)
    static let lower = TokenTraits(rawValue: 1 << 9)
    static let digit = TokenTraits(rawValue: 1 << 10)
    /// The first token after a line break (or of the text).
    static let lineStart = TokenTraits(rawValue: 1 << 11)
    /// The first token after a blank line (or of the text).
    static let paragraphStart = TokenTraits(rawValue: 1 << 12)
    /// Whitespace comes before this token.
    static let spaceBefore = TokenTraits(rawValue: 1 << 13)
    /// `,` `;` `:`.
    static let separator = TokenTraits(rawValue: 1 << 14)
    /// A bullet sign (`•`, `*`, `-`, `–`) or a list number ("1.", "2)") starting a line.
    static let bullet = TokenTraits(rawValue: 1 << 15)
    /// A word a sentence often starts with ("The", "But", "He").
    static let starter = TokenTraits(rawValue: 1 << 16)
    /// Ends in a period UD splits off when the sentence ends there ("etc." → "etc" + "."):
    /// abbreviations without inner periods and initials, not "U.S.".
    static let detachablePeriod = TokenTraits(rawValue: 1 << 17)
    /// ":-)", ";)": belongs to the sentence before it, like a closing bracket.
    static let emoticon = TokenTraits(rawValue: 1 << 18)
}
