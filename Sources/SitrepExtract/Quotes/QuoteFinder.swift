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
    public let requires: Set<Layer> = [.tokens, .sentences, .tags, .lemmas, .dependencies, .entities]
    public let provides: Set<Layer> = [.quotes]

    public init() {}

    public func process(_ document: inout Document) throws {
        let tree = SyntaxTree(document)
        let groups = DirectQuotes.groups(document)
        let speakers = SpeakerFinder(tree, quoted: DirectQuotes.quotedTokens(groups, count: document.tokens.count))
        let indirect = IndirectQuotes(tree: tree, speakers: speakers).find()
        let reportedInOrder = indirect.sorted { $0.content.upperBound < $1.content.upperBound }
        let direct = DirectQuotes(tree: tree, speakers: speakers).find(groups, after: reportedInOrder)
        let quotes = (direct + indirect).sorted { $0.content.lowerBound < $1.content.lowerBound }
        let claims = ClaimBuilder(tree: tree, speakers: speakers).claims(from: quotes)
        document.setQuotes(quotes, claims: claims)
    }
}
