import SitrepKnowledge
import SitrepText

extension EventReader {
    /// Event-noun triggers: "a deadly attack by Hamas on Israel", "Israeli airstrikes on
    /// Gaza", "conducted airstrikes" (the doer is the support verb's subject), "a drone attack
    /// that killed an American contractor" (the target is the relative clause's object).
    func nounCandidates(_ noun: Int, includingAggregates: Bool = false) -> [Candidate] {
        guard isEventNoun(noun), includingAggregates || !isAggregateMention(noun) else { return [] }
        let clause = Clause(noun, in: tree)
        guard let (pattern, binding) = choose(noun, clause, .noun), var code = pattern.code else { return [] }
        let support = supportVerb(of: noun)
        if Self.weapons.contains(tree.lemma(noun)), !isUsed(weapon: noun, support: support) { return [] }
        let aggregate = includingAggregates ? tree.head(of: noun) : nil
        var source = binding.source.flatMap(arguments.actorHead) ?? ownSource(of: noun) ?? aggregate.flatMap(ownSource)
        // The support verb's subject does it, when it can act: "its treaty covers attacks on …"
        // is no attack by the treaty's owner.
        if source == nil || document.upos[source ?? 0] == .PRON, let support,
           let agent = arguments.roles(of: support).agent.flatMap({ arguments.isActorLike($0) ? arguments.actorHead($0) : nil }) { source = agent }
        // Also one the parser hung on a place in the noun's phrase ("an attack on troops in Jordan that killed …").
        let relative = tree.subtree(of: noun).first { clause in
            tree.relation(of: clause) == "acl:relcl" && arguments.antecedent(of: clause) == noun
                && tree.subject(of: clause).map { Arguments.relativePronouns.contains(tree.lemma($0.token)) } ?? false
        }
        // "launched 120 drones and 10 missiles at Ukraine": conjoined weapons share the target
        // the parser hung on the last of them.
        var target = binding.target.flatMap(arguments.actorHead)
            ?? possessedPatient(of: noun).flatMap(arguments.actorHead)
            ?? ownTarget(in: [noun] + tree.children(of: noun, relation: "conj") + [support, aggregate, source].compactMap { $0 }, trigger: noun)
        // "fighting between the army and the RSF": coordinated sides, each acting on the other.
        if source == nil, target == nil { source = sides(of: noun) }
        if target == nil, let relative, let object = tree.child(of: relative, relation: "obj") { target = arguments.actorHead(object) }
        if target == source { target = nil }
        let determiner = tree.child(of: noun, relation: "det").map(tree.lemma)
        // "the attack" names one already told, unless it is taken up again ("vowed to resume the offensive").
        if target == nil, ["the", "this", "that"].contains(determiner ?? ""), !(support.map { Self.renewing.contains(tree.lemma($0)) } ?? false) {
            return []
        }
        let governor = support ?? governingVerb(of: noun)
        var reading = governor.map { modality.read($0, futureAsIntent: announces(code, by: $0)) } ?? ModalityReader.Reading()
        // "a ground invasion is being prepared", "is preparing a ground invasion".
        if let governor, ["nsubj:pass", "obj"].contains(tree.relation(of: noun)), ModalityReader.planning.contains(tree.lemma(governor)) {
            reading.modality = .planned
        }
        // "opposed any sanctions", "no attack took place": an act no one did.
        if determiner == "any" { reading.modality = .hypothetical }
        if determiner == "no" { reading.modality = .negated }
        let family = CameoOntology.root(code)
        announced(&reading, &code)
        if reading.modality == .planned, Self.isViolent(family) { code = "154" }
        if reading.modality == .threatened, let threat = CameoOntology.threat(toDo: code) { code = threat }
        let agentless = source == nil && (tree.relation(of: noun) == "nsubj:pass" || support != nil)
        guard source != nil || target != nil || agentless else { return [] }
        var scope = Array(tree.subtree(of: noun))
        if let support { scope += Clause(support, in: tree).tokens }
        return [Candidate(trigger: reading.threateningVerb ?? noun, code: code, family: family, source: source, target: target, reading: reading, pattern: pattern,
                          lacksAgent: agentless, scope: scope)]
    }

    /// Support verbs that take an act up again or widen it: a new act even when named as one
    /// already told ("resumed the offensive", "intensified the bombardment").
    static let renewing: Set<String> = ["resume", "continue", "intensify", "escalate", "renew", "expand", "extend", "step", "broaden", "widen"]

    /// Weapons, which are an attack only when used.
    static let weapons: Set<String> = ["missile", "rocket", "drone"]

    /// Whether the text uses a weapon on someone: launched or fired ("launched 120 drones"),
    /// aimed ("rockets at Israel"), or doing something itself ("Russian missiles hit …"). Not
    /// one supplied, bought, built or shot down.
    private func isUsed(weapon noun: Int, support: Int?) -> Bool {
        if let support, Self.supportVerbs.contains(tree.lemma(support)) { return true }
        if tree.relation(of: noun).hasPrefix("nsubj") { return true }
        return ([noun] + tree.children(of: noun, relation: "conj")).contains { holder in
            tree.children[holder].contains { ["on", "at", "against", "into", "toward", "towards"].contains(tree.marker(of: $0) ?? "") }
        }
    }

    /// "a series of attacks", "an uptick in attacks": a trend, not an event; its doer is
    /// still context for the next sentence.
    func isAggregateMention(_ noun: Int) -> Bool {
        guard let head = tree.head(of: noun) else { return false }
        return Self.aggregates.contains(tree.lemma(head)) && ["of", "in"].contains(tree.marker(of: noun) ?? "")
    }

    /// "by Hamas", "Israel's", "Israeli", "the Hamas attack"; and "by" right after the noun
    /// wherever the parser hung its phrase ("an uptick in attacks by Iran-affiliated groups"
    /// with "by …" on the verb).
    private func ownSource(of noun: Int) -> Int? {
        let patient = possessedPatient(of: noun)
        for child in tree.children[noun] where child != patient {
            let relation = tree.relation(of: child)
            if tree.marker(of: child) == "by", let actor = arguments.actorHead(child) { return actor }
            if relation == "nmod:poss" || (relation == "amod" && tree.isCapitalized(child))
                || (relation == "compound" && arguments.isActorLike(child) && tree.document.upos[child] == .PROPN) {
                return child
            }
        }
        let by = noun + 1
        guard by < tree.forms.count, tree.forms[by] == "by", tree.relation(of: by) == "case",
              let phrase = tree.head(of: by), phrase > by else { return nil }
        return arguments.actorHead(phrase)
    }

    /// "his arrest", "Soleimani's killing": the possessor of an act done to someone is whom it
    /// was done to, unless an "of" phrase names them ("Israel's killing of X").
    private func possessedPatient(of noun: Int) -> Int? {
        guard Self.patientNouns.contains(tree.lemma(noun)), !tree.children[noun].contains(where: { tree.marker(of: $0) == "of" }) else { return nil }
        return tree.child(of: noun, relation: "nmod:poss")
    }

    static let patientNouns: Set<String> = [
        "arrest", "detention", "release", "killing", "assassination", "execution", "kidnapping", "abduction", "expulsion", "capture",
    ]

    /// The first of the sides in "clashes between X and Y", the others coordinated with it;
    /// the parser may hang the phrase elsewhere in the clause ("Fighting erupted in April last
    /// year between the army and the RSF").
    private func sides(of noun: Int) -> Int? {
        let clause = tree.head(of: noun).map { Clause($0, in: tree).tokens } ?? []
        guard let first = ([noun] + clause).lazy.flatMap({ self.tree.children[$0] }).first(where: { self.tree.marker(of: $0) == "between" }),
              let second = tree.child(of: first, relation: "conj"), arguments.actorHead(second) != nil else { return nil }
        return arguments.actorHead(first)
    }

    static let targetMarkers: Set<String> = ["on", "against", "upon", "of", "into", "at", "to"]

    /// "on Israel", "against Iran-aligned groups", "of Gaza" — on the noun, or where the
    /// parser often attaches it instead: the support verb, the aggregate noun, the doer.
    private func ownTarget(in holders: [Int], trigger noun: Int) -> Int? {
        for holder in holders {
            for child in tree.children[holder] where child != noun {
                guard let marker = tree.marker(of: child), Self.targetMarkers.contains(marker) else { continue }
                if marker == "of" && holder != noun { continue }
                if let actor = arguments.actorHead(child) { return actor }
            }
        }
        return nil
    }

    /// The verb the noun (or the first of the nouns it is conjoined with, or the bundle it is
    /// "of") is the object of, when that verb only carries it.
    private func supportVerb(of noun: Int) -> Int? {
        var object = noun
        while tree.relation(of: object) == "conj", let first = tree.head(of: object), [.NOUN, .PROPN].contains(document.upos[first]) { object = first }
        if tree.marker(of: object) == "of", let bundle = tree.head(of: object), Self.bundles.contains(tree.lemma(bundle)) { object = bundle }
        guard let head = tree.head(of: object), document.upos[head] == .VERB, tree.relation(of: object) == "obj" else { return nil }
        if Self.supportVerbs.contains(tree.lemma(head)) { return head }
        let patterns = dictionary.patterns(for: tree.lemma(head), .verb)
        return patterns.allSatisfy({ $0.elements.isEmpty }) ? head : nil
    }

    private func governingVerb(of noun: Int) -> Int? {
        var current = noun
        for _ in 0..<3 {
            guard let head = tree.head(of: current) else { return nil }
            if document.upos[head] == .VERB { return head }
            current = head
        }
        return nil
    }
}
