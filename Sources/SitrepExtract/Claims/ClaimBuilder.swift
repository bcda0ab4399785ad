import SitrepText

/// Claims from quotes, and the disputes between them.
///
/// Every quote states a claim whose stance its verb gives ("denied" → denies). A verb of
/// contradiction whose object is someone's statement ("disputed Biden's account", "rejected
/// the claim", "contradicting Kirby"), or "X said otherwise", makes a disputing claim that
/// points at the earlier claim of that someone (or of anyone else); a denial with its own content clause points at the earlier claim of
/// another claimant that says the most nearly the same thing. An assertion sharing most of its
/// content words with an earlier claim of someone else restates it, or disputes it when one of
/// the two is negated.
struct ClaimBuilder {
    let tree: SyntaxTree
    let speakers: SpeakerFinder

    func claims(from quotes: [Quote]) -> [Claim] {
        var claims = quotes.enumerated().map { index, quote in
            // "rejected the decision as 'antisemitic'": what a quoted word calls something is asserted.
            let characterises = quote.content.lowerBound >= 2 && tree.document.text(of: quote.content.lowerBound - 2).lowercased() == "as"
            let stance = characterises ? .asserts : quote.cue.flatMap { ReportingVerbs.stance(tree.lemma($0.lowerBound)) } ?? .asserts
            return Claim(claimant: quote.speaker, content: quote.content, stance: stance, quotes: [index], cue: quote.cue)
        }
        for index in claims.indices {
            if claims[index].stance != .asserts {
                claims[index].disputes = closestEarlier(to: index, claims, sharing: 0.2)
            } else if let same = closestEarlier(to: index, claims, sharing: 0.5, atLeast: 3) {
                let agrees = isNegated(claims[index].content) == isNegated(claims[same].content)
                if agrees { claims[index].restates = same } else { claims[index].disputes = same }
            }
        }
        claims += statements(besides: claims)
        let stated = claims.sorted { $0.content.lowerBound < $1.content.lowerBound }
        var statedBefore = 0
        for verb in tree.document.tokens.indices {
            while statedBefore < stated.count, stated[statedBefore].content.lowerBound < verb { statedBefore += 1 }
            guard let dispute = disputeOfStatement(at: verb) else { continue }
            var claim = dispute.claim
            claim.disputes = latestClaim(by: dispute.against, among: stated, before: statedBefore, disputer: claim.claimant, about: claim.content)
                .flatMap { found in claims.firstIndex(of: stated[found]) }
            claims.append(claim)
        }
        return Self.inTextOrder(claims)
    }

    /// What an actor said without being quoted: a verbal event (a statement, appeal, demand,
    /// criticism, rejection or threat: CAMEO 01, 02, 10–13) that happened, told by its verb
    /// ("France's foreign ministry condemned the attack and urged …"), is a claim a later
    /// "rejected the statement" can answer. Verbs that already cue a quote, and verbs of
    /// contradiction (their claims are made below), are left out.
    private func statements(besides claims: [Claim]) -> [Claim] {
        let cues = Set(claims.compactMap { $0.cue?.lowerBound })
        var seen: Set<Int> = []
        return tree.document.events.compactMap { event in
            let verb = event.trigger.lowerBound
            guard Self.statementRoots.contains(String(event.code.prefix(2))), event.code != Self.declinedComment, event.modality == .asserted,
                  tree.document.upos[verb] == .VERB, !cues.contains(verb), !ReportingVerbs.contradicts(tree.lemma(verb)),
                  seen.insert(verb).inserted,
                  let claimant = speakers.speaker(ofVerb: verb) else { return nil }
            let content = verb..<statementEnd(of: verb)
            return Claim(claimant: claimant, content: content, stance: .asserts, cue: verb..<(verb + 1))
        }
    }

    /// Where the statement a verb makes ends: its own words, not a verb coordinated with it
    /// ("condemned the sanctions as illegal and said …") nor a contrast ("…, while the EU said …").
    private func statementEnd(of verb: Int) -> Int {
        let own = tree.children[verb].filter { child in
            child > verb && !["conj", "cc", "parataxis", "punct"].contains(tree.relation(of: child))
                && !(tree.relation(of: child) == "advcl" && tree.child(of: child, relation: "mark").map { Self.contrasts.contains(tree.lemma($0)) } == true)
        }
        return own.map { tree.subtree(of: $0).upperBound }.max() ?? verb + 1
    }

    private static let contrasts: Set<String> = ["while", "whereas", "as", "although", "though"]

    private static let statementRoots: Set<String> = ["01", "02", "10", "11", "12", "13"]
    /// CAMEO 011: "did not comment", "declined to comment" state nothing.
    private static let declinedComment = "011"

    /// "disputed Biden's account", "contradicting Kirby": the disputing claim, and the words
    /// naming whose claim it contradicts. The object must be a statement or someone who made
    /// one: "denied visas", "rejected the offer" contradict nobody.
    private func disputeOfStatement(at verb: Int) -> (claim: Claim, against: Int?)? {
        let document = tree.document
        if ReportingVerbs.isReporting(verb, tree), let otherwise = tree.children[verb].first(where: { word in
            ["otherwise", "differently"].contains(document.text(of: word).lowercased())
        }), let claimant = speakers.speaker(ofVerb: verb) {
            let cue = min(verb, otherwise)..<(max(verb, otherwise) + 1)
            return (Claim(claimant: claimant, content: cue, stance: .disputes, cue: cue), nil)
        }
        guard document.upos[verb] == .VERB, ReportingVerbs.contradicts(tree.lemma(verb)), !tree.isModifierAfterArticle(verb),
            tree.child(of: verb, relation: "ccomp") == nil,
            let object = tree.child(of: verb, relation: "obj"), let claimant = speakers.speaker(ofVerb: verb),
            let stance = ReportingVerbs.stance(tree.lemma(verb))
        else { return nil }
        let isStatement = ReportingVerbs.statementNouns.contains(tree.lemma(object))
        guard isStatement || [.PROPN, .PRON].contains(document.upos[object]) else { return nil }
        let against: Int?
        if isStatement {
            against = tree.child(of: object, relation: "nmod:poss")
                ?? (tree.phrase(of: object).lowerBound..<object).first { ["'s", "'", "\u{2019}s"].contains(document.text(of: $0 + 1).lowercased()) }
                ?? tree.children(of: object, relation: "nmod").first { ["of", "by"].contains(tree.casePreposition(of: $0) ?? "") }
        } else {
            against = [.PROPN, .PRON].contains(document.upos[object]) ? object : nil
        }
        let phrase = tree.phrase(of: object)
        let cue = min(verb, phrase.lowerBound)..<max(verb + 1, phrase.upperBound)
        let claim = Claim(claimant: claimant, content: phrase, stance: stance, cue: cue)
        return (claim, against)
    }

    /// The last of the claims before index `end` whose claimant `name` names (same referent,
    /// same actor code, or the claimant's words hold the name's head noun: "the army's
    /// account" → "the army"). With no name ("denied the accusation"), the last claim by
    /// someone other than `disputer` that mentions the disputer, else the last accusation,
    /// else the last claim by someone else. Of one actor's claims, the last that shares a word
    /// with what is disputed: "rejected Beijing's sovereignty claims" answers "Beijing, which
    /// claims Taiwan as its own territory", not Beijing's later warning.
    private func latestClaim(by name: Int?, among claims: [Claim], before end: Int, disputer: Speaker, about disputed: Range<Int>) -> Int? {
        let document = tree.document
        let earlier = max(0, end - Self.reach)..<end
        guard let name else {
            let others = earlier.filter { !sameSpeaker(claims[$0].claimant, disputer) }
            return others.last { mentions(claims[$0].content, disputer) }
                ?? others.last { claims[$0].cue.map { Self.accusing.contains(tree.lemma($0.lowerBound)) } ?? false }
                ?? others.last
        }
        let owner = speakers.owners[name]
        let code = owner.flatMap { document.referents[$0].code }
        let lemma = tree.lemma(name)
        // The same actor first, then one of its code, then one the same noun describes: "the
        // army's account" is the army's statement, not its spokesman's.
        if let owner {
            let own = earlier.filter { claims[$0].claimant.referent == owner }
            let words = contentLemmas(disputed)
            if let same = own.last(where: { !contentLemmas(claims[$0].content).isDisjoint(with: words) }) ?? own.last { return same }
        }
        return earlier.last { index in
            let claimant = claims[index].claimant
            if let code, let referent = claimant.referent, document.referents[referent].code == code { return true }
            return claimant.tokens.map { $0.contains { [.NOUN, .PROPN].contains(document.upos[$0]) && tree.lemma($0) == lemma } } ?? false
        }
    }

    /// Whether a claim's words name `speaker`: one of its tokens resolved to the speaker's
    /// referent, or the speaker's head noun among them ("accused the governor of …").
    private func mentions(_ content: Range<Int>, _ speaker: Speaker) -> Bool {
        let document = tree.document
        if let referent = speaker.referent, content.contains(where: { speakers.owners[$0] == referent }) { return true }
        guard let words = speaker.tokens, let noun = words.last(where: { [.NOUN, .PROPN].contains(document.upos[$0]) }) else { return false }
        let lemma = tree.lemma(noun)
        return content.contains { [.NOUN, .PROPN].contains(document.upos[$0]) && tree.lemma($0) == lemma }
    }

    /// Verbs whose claim is an accusation, which a bare denial most likely answers.
    private static let accusing: Set<String> = ["accuse", "allege", "charge", "blame"]

    /// The earlier claim by another claimant whose content words overlap claim `index`'s the
    /// most, when they share at least two and at least `fraction` of the smaller set: a
    /// denial's target needs less overlap than a paraphrase.
    private func closestEarlier(to index: Int, _ claims: [Claim], sharing fraction: Double, atLeast minimum: Int = 2) -> Int? {
        let words = contentLemmas(claims[index].content)
        let window = max(0, index - Self.reach)..<index
        let scored = window.filter { claims[$0].claimant != claims[index].claimant }.map { earlier in
            let other = contentLemmas(claims[earlier].content)
            let shared = other.intersection(words).count
            return (earlier, shared, Double(shared) / Double(max(1, min(words.count, other.count))))
        }
        return scored.filter { $0.1 >= minimum && $0.2 >= fraction }.max { $0.1 < $1.1 }?.0
    }

    /// Whether the proposition's main clause is negated ("were not addressed"): the same
    /// proposition negated contradicts rather than restates.
    private func isNegated(_ content: Range<Int>) -> Bool {
        content.filter { ["not", "never", "n't"].contains(tree.lemma($0)) && tree.relation(of: $0) == "advmod" }.count % 2 == 1
    }

    /// One actor, or the same words.
    private func sameSpeaker(_ first: Speaker, _ second: Speaker) -> Bool {
        if let one = first.referent, let other = second.referent { return one == other }
        guard let one = first.tokens, let other = second.tokens else { return false }
        return tree.document.text(of: one).lowercased() == tree.document.text(of: other).lowercased()
    }

    /// How many earlier claims a claim is compared with: disputes and restatements answer
    /// recent claims, and the bound keeps the work linear in the number of claims.
    private static let reach = 40

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
            claim.restates = claim.restates.map { position[$0] }
            return claim
        }
    }
}
