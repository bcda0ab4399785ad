import SitrepText

/// One token with what the statistical stages said about it (`--debug`).
public struct TokenJSON: Encodable, Sendable {
    public var text: String
    public var start: Int
    public var end: Int
    public var upos: String?
    public var xpos: String?
    public var lemma: String?
    public var head: Int?
    public var relation: String?

    init(_ document: Document, _ index: Int) {
        text = document.text(of: index)
        start = document.tokens[index].scalars.lowerBound
        end = document.tokens[index].scalars.upperBound
        upos = document.upos.indices.contains(index) ? document.upos[index].description : nil
        xpos = document.xpos.indices.contains(index) ? document.xpos[index] : nil
        lemma = document.lemmas.indices.contains(index) ? document.lemmas[index] : nil
        head = document.heads.indices.contains(index) ? document.heads[index] : nil
        relation = document.relations.indices.contains(index) ? document.relations[index].rawValue : nil
    }
}
