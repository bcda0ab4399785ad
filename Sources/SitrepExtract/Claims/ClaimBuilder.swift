import SitrepText

/// Claims from quotes, and the disputes between them.
///
/// Every quote states a claim whose stance its verb gives ("denied" → denies). A verb of
/// contradiction whose object is someone's statement ("disputed Biden's account", "rejected
/// the claim", "contradicting Kirby") makes a disputing claim that points at the earlier claim
/// of that someone; a denial with its own content clause points at the earlier claim of
/// another claimant that says the most nearly the same thing.
struct ClaimBuilder {
    let tree: SyntaxTree
    let speakers: SpeakerFinder

    func claims(from quotes: [Quote]) -> [Claim] {
        var claims = quotes.enumerated().map { index, quote in
            let stance = quote.cue.flatMap { ReportingVerbs.stance(tree.lemma($0.lowerBound)) } ?? .asserts
            return Claim(claimant: quote.speaker, content: quote.content, stance: stance, quotes: [index], cue: quote.cue)
        }
        for index in claims.indices where claims[index].stance != .asserts {
            claims[index].disputes = closestEarlier(to: index, claims)
        }
        for verb in tree.document.tokens.indices {
            guard let dispute = disputeOfStatement(at: verb) else { continue }
            var claim = dispute.claim
            claim.disputes = latestClaim(by: dispute.against, before: verb, claims)
            claims.append(claim)
        }
        return Self.inTextOrder(claims)
    }

    /// "disputed Biden's account", "contradicting Kirby": the disputing claim, and the words
    /// naming whose claim it contradicts.
    private func disputeOfStatement(at verb: Int) -> (claim: Claim, against: Int?)? {
        let document = tree.document
        guard document.upos[verb] == .VERB, ReportingVerbs.contradicts(tree.lemma(verb)),
            tree.child(of: verb, relation: "ccomp") == nil,
            let object = tree.child(of: verb, relation: "obj"), let claimant = speakers.speaker(ofVerb: verb),
            let stance = ReportingVerbs.stance(tree.lemma(verb))
        else { return nil }
        let against: Int?
        if ReportingVerbs.statementNouns.contains(tree.lemma(object)) {
            against = tree.child(of: object, relation: "nmod:poss")
                ?? tree.children(of: object, relation: "nmod").first { ["of", "by"].contains(tree.casePreposition(of: $0) ?? "") }
        } else {
            against = [.PROPN, .PRON].contains(document.upos[object]) ? object : nil
        }
        let phrase = tree.phrase(of: object)
        let claim = Claim(claimant: claimant, content: phrase, stance: stance, cue: verb..<phrase.upperBound)
        return (claim, against)
    }

    /// The last claim before `token` whose claimant `name` names (same referent, or the
    /// claimant's words hold the name's head word); with no name, the last claim before it.
    private func latestClaim(by name: Int?, before token: Int, _ claims: [Claim]) -> Int? {
        let document = tree.document
        let earlier = claims.indices.filter { claims[$0].content.lowerBound < token }
        guard let name else { return earlier.last }
        let owner = speakers.owners[name]
        let word = document.text(of: name).lowercased()
        return earlier.last { index in
            let claimant = claims[index].claimant
            if let owner, claimant.referent == owner { return true }
            return claimant.tokens.map { $0.contains { document.text(of: $0).lowercased() == word } } ?? false
        }
    }

    /// The earlier claim by another claimant sharing the most content words with claim
    /// `index`, when they share at least two.
    private func closestEarlier(to index: Int, _ claims: [Claim]) -> Int? {
        let words = contentLemmas(claims[index].content)
        let scored = claims.indices.prefix(index).filter { claims[$0].claimant != claims[index].claimant }
            .map { ($0, contentLemmas(claims[$0].content).intersection(words).count) }
        return scored.filter { $0.1 >= 2 }.max { $0.1 < $1.1 }?.0
    }

    func contentLemmas(_ range: Range<Int>) -> Set<String> {
        Set(range.filter { [.NOUN, .PROPN, .VERB, .NUM, .ADJ].contains(tree.document.upos[$0]) }.map(tree.lemma))
    }

    /// The claims in text order, with `disputes` indices rewritten to match.
    private static func inTextOrder(_ claims: [Claim]) -> [Claim] {
        let order = claims.indices.sorted { claims[$0].content.lowerBound < claims[$1].content.lowerBound }
        var position = [Int](repeating: 0, count: claims.count)
        for (newIndex, index) in order.enumerated() { position[index] = newIndex }
        return order.map { index in
            var claim = claims[index]
            claim.disputes = claim.disputes.map { position[$0] }
            return claim
        }
    }
}
