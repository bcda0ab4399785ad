import SitrepText

extension Resolution {
    /// "Mohammad Jamshidi, a Raisi aide" (the name's appos), "Iran's state news agency, IRNA"
    /// (the name as appos of a description), "A spokesman for the junta, X, said" and
    /// "appointed X as prime minister": the description's words and tokens.
    func appositionDescription(of head: Int, span named: Span<EntityType>) -> (description: Description, range: Range<Int>)? {
        let span = named.tokens
        var nominal: Int?
        if let child = tree.children(of: head, relation: "appos").first(where: { document.upos[$0] == .NOUN && entityOfToken[$0] == nil }) {
            nominal = child
        } else if tree.relation(of: head) == "appos", let parent = tree.head(of: head), document.upos[parent] == .NOUN,
                  entityOfToken[parent] == nil {
            nominal = parent
        } else if tree.relation(of: head) == "obj", let verb = tree.head(of: head), Self.appointing.contains(tree.lemma(verb)) {
            // "appointed Garry Conille, a former U.N. official, as prime minister": the post given.
            nominal = tree.children(of: verb, relation: "obl").first { tree.casePreposition(of: $0) == "as" && document.upos[$0] == .NOUN && entityOfToken[$0] == nil }
        } else {
            nominal = descriptionBefore(span)
        }
        guard let nominal else { return nil }
        // With whom the role serves: "a spokesman for the Philippine coast guard", not "a
        // group of chemicals".
        let served = tree.children[nominal].filter { child in
            guard child > nominal, Self.servingMarkers.contains(tree.casePreposition(of: child) ?? "") else { return false }
            let phrase = describe(tree.phrase(of: child))
            return phrase.agent != nil || phrase.principal != nil
        }
        let end = served.map { tree.phrase(of: $0).upperBound }.max() ?? nominal + 1
        let range = droppingDeterminer(leftModifiers(of: nominal).lowerBound..<(span.contains(end - 1) ? nominal + 1 : end))
        guard !range.overlaps(span) else { return nil }
        let description = describe(range)
        // A person's post the agents do not list still says which organisation they work for
        // when it names one: "Claire Nicolet, MSF's emergency coordinator for Sudan"; a
        // nationality alone ("the first great American poet") makes no one a state's actor.
        guard description.agent != nil || (named.label == .PER && (description.principal?.code.count ?? 0) > 3
                                           && !knownNames(in: range).isEmpty)
        else { return nil }
        return (description, range)
    }

    /// "A spokesman for the military government, Zaw Min Tun, denied …": a description that
    /// opens the sentence, set off before a name by commas, whatever the parser made of it.
    private func descriptionBefore(_ span: Range<Int>) -> Int? {
        let comma = span.lowerBound - 1
        guard comma > 0, words[comma] == ",", span.upperBound < words.count, words[span.upperBound] == "," else { return nil }
        var nominal = comma - 1
        while let head = tree.head(of: nominal), head < comma, tree.phrase(of: head).upperBound <= comma { nominal = head }
        let start = tree.phrase(of: nominal).lowerBound
        guard document.upos[nominal] == .NOUN, entityOfToken[nominal] == nil,
              start == 0 || sentenceOfToken[start - 1] != sentenceOfToken[start] else { return nil }
        return nominal
    }

    static let servingMarkers: Set<String> = ["for", "of", "at"]

    static let appointing: Set<String> = ["appoint", "name", "elect", "choose", "nominate", "designate", "install", "confirm"]
}
