import SitrepText

/// The Quotes stage: direct quotes, reported speech and the claims and disputes they make.
///
/// ```
/// "…," President Biden stated.          direct, Biden, cue "stated"
/// Kirby confirmed that a message …      indirect, Kirby, cue "confirmed"
/// an aide disputed Biden's account      claim (disputes) → Biden's earlier claim
/// ```
public struct QuoteFinder: Stage {
    public let name = "Quotes"
    public let requires: Set<Layer> = [.tokens, .sentences, .tags, .lemmas, .dependencies, .entities, .referents, .events]
    public let provides: Set<Layer> = [.quotes]

    public init() {}

    public func process(_ document: inout Document) throws {
        let tree = SyntaxTree(document)
        let groups = DirectQuotes.groups(document)
        let speakers = SpeakerFinder(tree, quoted: DirectQuotes.quotedTokens(groups, count: document.tokens.count))
        let indirect = IndirectQuotes(tree: tree, speakers: speakers).find()
        let reportedInOrder = indirect.sorted { $0.content.upperBound < $1.content.upperBound }
        let direct = DirectQuotes(tree: tree, speakers: speakers).find(groups, after: reportedInOrder)
        let kept = Self.withoutEmbeddedQuotes(direct, in: reportedInOrder, document)
        let quotes = Self.sourcesCarriedOver((kept + indirect).sorted { $0.content.lowerBound < $1.content.lowerBound }, document)
        let claims = ClaimBuilder(tree: tree, speakers: speakers).claims(from: quotes)
        document.setQuotes(quotes, claims: claims)
    }

    /// `said that Paris had "no lessons to give" to the capital`: words quoted inside the
    /// same speaker's reported speech are part of it, not a quote and claim of their own.
    /// Both lists are in text order, so one pass over them finds each container.
    static func withoutEmbeddedQuotes(_ direct: [Quote], in reported: [Quote], _ document: Document) -> [Quote] {
        var next = 0
        return direct.filter { quote in
            while next < reported.count, reported[next].content.upperBound < quote.content.upperBound { next += 1 }
            let containers = reported[next..<min(reported.count, next + 4)].filter { report in
                report.content.lowerBound < quote.content.lowerBound && report.content.upperBound >= quote.content.upperBound
            }
            return !containers.contains { sameSpeaker($0.speaker, quote.speaker, document) }
        }
    }

    private static func sameSpeaker(_ first: Speaker, _ second: Speaker, _ document: Document) -> Bool {
        if let one = first.referent, let other = second.referent { return one == other }
        guard let one = first.tokens, let other = second.tokens else { return false }
        return one == other || document.text(of: one).lowercased() == document.text(of: other).lowercased()
    }

    /// "the unnamed source" after "an unnamed source cited by IRNA": a definite description
    /// with no actor takes the outlet of the last described source with the same head noun.
    static func sourcesCarriedOver(_ quotes: [Quote], _ document: Document) -> [Quote] {
        var outlets: [String: Int] = [:]
        return quotes.map { quote in
            var quote = quote
            guard quote.speaker.referent == nil, let words = quote.speaker.tokens,
                let head = words.first(where: { !words.contains(document.heads[$0]) || document.heads[$0] == $0 })
            else { return quote }
            let noun = document.lemmas[head].lowercased()
            if let via = quote.speaker.via {
                outlets[noun] = via
            } else if document.text(of: words.lowerBound).lowercased() == "the" {
                quote.speaker.via = outlets[noun]
            }
            return quote
        }
    }
}
