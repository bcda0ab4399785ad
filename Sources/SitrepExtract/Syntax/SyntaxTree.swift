import SitrepText

/// The parse as a tree that can be walked downwards: the children of each token, built once
/// per document, so every extractor reads "the nsubj of this verb" the same way.
///
/// ```
/// let tree = SyntaxTree(document)
/// tree.child(of: warned, relation: "nsubj")   // Biden
/// tree.subtree(of: targeting)                 // "targeting U.S. personnel in the Middle East"
/// ```
public struct SyntaxTree: Sendable {
    public let document: Document
    /// Children of each token, in text order.
    public let children: [[Int]]

    public init(_ document: Document) {
        self.document = document
        var children = [[Int]](repeating: [], count: document.tokens.count)
        for (index, head) in document.heads.enumerated() where head != index {
            children[head].append(index)
        }
        self.children = children
    }

    public func head(of token: Int) -> Int? {
        let head = document.heads[token]
        return head == token ? nil : head
    }

    public func relation(of token: Int) -> String { document.relations[token].rawValue }

    /// Children whose relation is `relation`, or whose universal part is (`"obl"` matches
    /// "obl:agent" and "obl:tmod"; `"obl:agent"` only itself).
    public func children(of token: Int, relation: String) -> [Int] {
        children[token].filter { Self.matches(document.relations[$0], relation) }
    }

    public func child(of token: Int, relation: String) -> Int? {
        children[token].first { Self.matches(document.relations[$0], relation) }
    }

    /// The token and all its descendants, as the contiguous range they span (projective
    /// trees make this the phrase).
    public func subtree(of token: Int) -> Range<Int> {
        var low = token
        var high = token
        var stack = [token]
        while let next = stack.popLast() {
            low = min(low, next)
            high = max(high, next)
            stack.append(contentsOf: children[next])
        }
        return low..<(high + 1)
    }

    /// The subtree of `token` without leading and trailing punctuation.
    public func phrase(of token: Int) -> Range<Int> {
        var range = subtree(of: token)
        while range.count > 1, document.upos[range.lowerBound] == .PUNCT { range = (range.lowerBound + 1)..<range.upperBound }
        while range.count > 1, document.upos[range.upperBound - 1] == .PUNCT { range = range.lowerBound..<(range.upperBound - 1) }
        return range
    }

    /// The token's lemma, lowercased ("warn" for "warned").
    public func lemma(_ token: Int) -> String { document.lemmas[token].lowercased() }

    /// The preposition or case marker attached to a nominal ("against" in "against Iran").
    public func casePreposition(of token: Int) -> String? {
        child(of: token, relation: "case").map { document.text(of: $0).lowercased() }
    }

    /// Whether a conjunct the parser hung on what a report says is in the reporting verb's
    /// tense, not the content's, and so more of the report ("said the war would resume … and
    /// vowed to destroy Hamas"). A participle spelled like a past tense after an active perfect
    /// shares its "had" instead ("said forces had repelled the attack and killed 23 militants"),
    /// unless it speaks as the reporter does ("announced that forces had taken control … and
    /// praised the army").
    public func isInReportersTense(_ conjunct: Int, content: Int, reporter: Int) -> Bool {
        let xpos = document.xpos
        guard xpos[conjunct] == xpos[reporter], xpos[conjunct] != xpos[content] else { return false }
        let sharesPerfect = child(of: content, relation: "aux:pass") == nil && document.text(of: conjunct).lowercased().hasSuffix("ed")
            && children(of: content, relation: "aux").contains { lemma($0) == "have" } && !ParsedText.isSpeaking(lemma(conjunct))
        return !sharesPerfect
    }

    /// "said its troops had arrested …" with "troops" parsed as the object of "said", "said the
    /// man, Mohammad Ghobadlou, had been tortured" with "man" as its second subject: a reporting
    /// verb's object or later subject that ends right where its subjectless content begins is
    /// the content's subject.
    public func objectBefore(content clause: Int, of reporter: Int) -> Int? {
        let candidates = children(of: reporter, relation: "obj") + children(of: reporter, relation: "nsubj")
        guard let object = candidates.first(where: { $0 > reporter && subtree(of: $0).upperBound == subtree(of: clause).lowerBound })
        else { return nil }
        return object
    }

    /// "near the disputed Sabina Shoal" parsed with "disputed" as a clause of its own: a verb
    /// right after an article modifies the noun after it, whatever the parse says, so it
    /// neither codes an event nor makes a claim.
    public func isModifierAfterArticle(_ verb: Int) -> Bool {
        verb > 0 && ["the", "a", "an"].contains(lemma(verb - 1))
    }

    /// Of two subjects the parser gave one verb, whether the first is the second's title: it
    /// runs right into a capitalised name and is, or ends in, a common word ("Sudan's
    /// paramilitary Rapid Support Forces shelled", "Hamas official Osama Hamdan said"). The
    /// name is then the subject.
    public func isTitle(_ first: Int, ofSubject second: Int) -> Bool {
        let title = subtree(of: first), name = subtree(of: second)
        guard title.upperBound == name.lowerBound, document.text(of: name.lowerBound).first?.isUppercase == true else { return false }
        let last = title.upperBound - 1
        return document.upos[first] == .NOUN
            || ([.NOUN, .ADJ].contains(document.upos[last]) && document.text(of: last).first?.isLowercase == true)
    }

    private static func matches(_ relation: DependencyRelation, _ wanted: String) -> Bool {
        relation.rawValue == wanted || (!wanted.contains(":") && relation.universal == wanted)
    }
}
