import SitrepText

/// What a number counts, read from the parse: the noun it modifies ("900 additional troops"),
/// the "of" phrase of a vague count ("dozens of people"), and the casualty verb around it
/// ("the loss of 1,400 lives" → people killed; "harmed five troops" → troops harmed).
struct CountedUnit {
    let tree: SyntaxTree

    init(_ tree: SyntaxTree) { self.tree = tree }

    /// The counted noun and its normalised unit, or nil for both when the parse shows none.
    func unit(of numeral: Range<Int>, _ document: Document) -> (unit: String?, tokens: Range<Int>?) {
        let before = numeral.lowerBound > 0 ? document.text(of: numeral.lowerBound - 1) : ""
        if let currency = Self.currencies[before] { return (currency, (numeral.lowerBound - 1)..<numeral.lowerBound) }
        let after = numeral.upperBound
        if after < document.tokens.count, ["%", "percent", "per"].contains(document.text(of: after).lowercased()) {
            return ("percent", after..<(after + 1))
        }
        let top = numeral.first { tree.head(of: $0).map { !numeral.contains($0) } ?? true } ?? numeral.lowerBound
        guard let noun = countedNoun(of: top, numeral) else {
            return (participle(governing: top).map { "people \($0)" }, nil)
        }
        let word = document.text(of: noun).lowercased()
        guard let participle = participle(governing: noun) ?? participle(governing: top) else { return (word, noun..<(noun + 1)) }
        let counted = Self.personNouns.contains(tree.lemma(noun)) ? "people" : word
        return ("\(counted) \(participle)", noun..<(noun + 1))
    }

    /// Whether the counted noun is a span of time ("three days"), which is no reported count.
    func isDuration(_ unitTokens: Range<Int>?) -> Bool {
        unitTokens.map { Self.durations.contains(tree.lemma($0.lowerBound)) } ?? false
    }

    /// "killed an American contractor" (1 killed) and "injured another" (1 more of the same).
    func indefiniteCasualty(at index: Int, after previous: Quantity?) -> Quantity? {
        let document = tree.document
        let word = document.text(of: index).lowercased()
        if ["a", "an"].contains(word), tree.relation(of: index) == "det", let noun = tree.head(of: index),
            let participle = participle(governing: noun, verbsOnly: true)
        {
            let unit = "\(document.text(of: noun).lowercased()) \(participle)"
            return Quantity(tokens: index..<(index + 1), value: 1, unit: unit, unitTokens: noun..<(noun + 1))
        }
        guard word == "another", let participle = participle(governing: index, verbsOnly: true) else { return nil }
        let noun = previous?.unitTokens.map { document.text(of: $0).lowercased() } ?? "people"
        return Quantity(tokens: index..<(index + 1), value: 1, unit: "\(noun) \(participle)", unitTokens: previous?.unitTokens)
    }

    /// The noun the numeral counts: its head when it modifies one, or its "of" phrase.
    private func countedNoun(of top: Int, _ numeral: Range<Int>) -> Int? {
        let document = tree.document
        if tree.relation(of: top) == "nummod", let head = tree.head(of: top), head >= numeral.upperBound,
            [.NOUN, .PROPN].contains(document.upos[head])
        {
            return head
        }
        return numeral.lazy.compactMap { part in
            tree.children(of: part, relation: "nmod").first { tree.casePreposition(of: $0) == "of" && $0 >= numeral.upperBound }
        }.first
    }

    /// "18 people were killed and dozens injured": a verb with no object or auxiliary of its
    /// own, joined to a passive one, is passive too, so its subject is the one it happened to.
    private func sharesPassive(_ verb: Int) -> Bool {
        guard tree.relation(of: verb) == "conj", let first = tree.head(of: verb), tree.child(of: first, relation: "aux:pass") != nil else { return false }
        return tree.child(of: verb, relation: "obj") == nil && tree.child(of: verb, relation: "aux") == nil && tree.child(of: verb, relation: "aux:pass") == nil
    }

    /// The casualty a noun suffers by its verb: the object or passive subject of "killed", the
    /// subject of "died", the "of" phrase of "loss"/"deaths", or a participle modifying it
    /// ("people wounded in the attack").
    private func participle(governing noun: Int, verbsOnly: Bool = false) -> String? {
        if !verbsOnly, let modifier = tree.children(of: noun, relation: "acl").first(where: { Self.casualties[tree.lemma($0)] != nil }) {
            return Self.casualties[tree.lemma(modifier)]
        }
        guard let head = tree.head(of: noun) else { return nil }
        let relation = tree.relation(of: noun)
        let isVerb = [.VERB, .ADJ].contains(tree.document.upos[head])
        if isVerb, ["obj", "nsubj:pass"].contains(relation) || (relation == "nsubj" && (tree.lemma(head) == "die" || sharesPassive(head))) {
            let lethal = killsByManner(head) || (Self.wounding.contains(tree.lemma(head)) && killsByManner(noun))
            return Self.casualties[tree.lemma(head)] ?? (lethal ? "killed" : nil)
        }
        if !verbsOnly, relation == "nmod", tree.casePreposition(of: noun) == "of", tree.document.upos[head] == .NOUN {
            return Self.casualties[tree.lemma(head)]
        }
        return nil
    }

    /// "shot dead", "stabbed to death", "beaten to death": a way of killing (the parser may
    /// hang "dead" on the victims: "shot dead three soldiers").
    private func killsByManner(_ verb: Int) -> Bool {
        tree.children[verb].contains { child in
            tree.lemma(child) == "dead" || (tree.lemma(child) == "death" && tree.casePreposition(of: child) == "to")
        }
    }

    /// Ways of wounding that "dead" makes killing.
    private static let wounding: Set<String> = ["shoot", "gun", "stab", "beat", "hack", "stone"]

    private static let casualties: [String: String] = [
        "kill": "killed", "murder": "killed", "slay": "killed", "execute": "killed", "die": "killed", "loss": "killed",
        "death": "killed", "killing": "killed", "injure": "injured", "wound": "injured", "hurt": "injured",
        "maim": "injured", "injury": "injured", "harm": "harmed", "arrest": "arrested", "detain": "detained",
        "capture": "captured", "kidnap": "abducted", "abduct": "abducted", "displace": "displaced",
        "evacuate": "evacuated", "rescue": "rescued",
    ]

    private static let personNouns: Set<String> = [
        "people", "person", "life", "civilian", "man", "woman", "child", "resident", "individual", "villager",
        "protester", "worker", "passenger", "victim", "citizen", "adult", "student", "patient", "refugee",
    ]

    private static let durations: Set<String> = [
        "second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "night", "weekend",
    ]

    private static let currencies: [String: String] = [
        "$": "dollars", "US$": "dollars", "€": "euros", "£": "pounds", "¥": "yen",
    ]
}
