import SitrepKnowledge
import SitrepText

/// What a run of words says about an actor: its role ("foreign minister") and whom it belongs
/// to ("Iran's", "White House", "a Raisi aide").
struct Description {
    var agent: Agent?
    /// Tokens of the agent phrase.
    var agentRange: Range<Int>?
    /// The code of the country or organisation named beside the role, and its name.
    var principal: (code: String, name: String)?
    /// The words of the description, for the referent's role and for later definite
    /// descriptions.
    var text: String
    var words: Set<String>
    /// "foreign governments", "overseas donors": a role said to be someone else's, which
    /// takes no country from the context.
    var isForeign = false
}

extension Resolution {
    /// Reads the role and principal named in `range`. The rightmost agent phrase is the role
    /// (with the sector of the agent before it when it has none of its own);
    /// an organisation or person named in the range outranks a bare country ("White House
    /// spokesman": the White House, not the U.S.).
    func describe(_ range: Range<Int>) -> Description {
        var description = Description(text: document.text(of: range), words: [])
        var end = range.upperBound - 1
        var inAgents: Set<Int> = []
        while end >= range.lowerBound {
            if let (agent, start) = resolver.agents.longestMatch(in: words, endingAt: end, lastWordForms: lemma(end)),
               start >= range.lowerBound {
                if description.agent == nil {
                    description.agent = agent
                    description.agentRange = start..<(end + 1)
                } else if let head = description.agent, head.isDependent, !agent.isDependent {
                    // "Foreign Ministry spokesman": a role serving no one named serves the
                    // body its modifier names, and takes that body's sector.
                    description.agent = Agent(phrase: "\(agent.phrase) \(head.phrase)", code: agent.code, isWhole: agent.isWhole,
                                              origin: agent.origin)
                }
                for token in start...end {
                    description.words.insert(lemma(token).first ?? words[token])
                    inAgents.insert(token)
                }
                end = start - 1
            } else {
                end -= 1
            }
        }
        description.isForeign = range.contains { Self.foreignWords.contains(words[$0]) && !inAgents.contains($0) }
        let isPost = description.agentRange.map { $0.contains { Self.diplomaticPosts.contains(lemma($0).first ?? words[$0]) } } ?? false
        for known in knownNames(in: range) {
            guard let code = known.match.code else { continue }
            // "its consulate in Damascus", "the U.S. ambassador in Moscow", "Afghan Ambassador to
            // the United States": a post's host is not its principal.
            var before = known.range.lowerBound - 1
            if before > range.lowerBound, words[before] == "the" { before -= 1 }
            if isPost, before >= range.lowerBound, ["in", "to"].contains(words[before]) { continue }
            if code.count > 3 || (description.principal?.code.count ?? 3) == 3 {
                description.principal = (code, document.text(of: known.range))
            }
        }
        if description.principal == nil, let owner = definiteOwner(in: range) ?? pronounOwner(in: range) {
            description.principal = (owner.code, owner.name)
        }
        return description
    }

    /// "its" of "its fighters": a pronoun owning the noun it stands before.
    func isPossessivePronoun(_ token: Int) -> Bool {
        document.upos[token] == .PRON && tree.relation(of: token) == "nmod:poss"
    }

    /// "its" in "its fighters", "their" in "their leaders": whom the possessive stands for,
    /// found as coreference finds it, as the principal ("The RSF said its fighters …": SDNREB).
    private func pronounOwner(in range: Range<Int>) -> (code: String, name: String)? {
        for token in range where isPossessivePronoun(token) {
            guard let person = Self.pronouns[words[token]], person != .personal,
                  let antecedent = antecedent(ofPronoun: token, person), let code = antecedent.code else { continue }
            return (code, antecedent.name)
        }
        return nil
    }

    static let foreignWords: Set<String> = ["foreign", "overseas"]

    static let diplomaticPosts: Set<String> = ["embassy", "consulate", "ambassador", "envoy", "mission", "diplomat", "legation", "attache", "consul"]

    /// The names the dictionary knows in a range, left to right: from each capitalised word
    /// the longest run that is a name with a code on the day.
    func knownNames(in range: Range<Int>) -> [(range: Range<Int>, match: ActorDictionary.Match)] {
        var names: [(range: Range<Int>, match: ActorDictionary.Match)] = []
        var position = range.lowerBound
        while position < range.upperBound {
            guard isCapitalised(position), document.upos[position] != .PUNCT else {
                position += 1
                continue
            }
            var stop = min(range.upperBound, position + resolver.actors.longestName)
            while stop > position {
                if let (match, _) = lookup(position..<stop), match.code != nil { break }
                stop -= 1
            }
            guard stop > position, let (match, _) = lookup(position..<stop) else {
                position += 1
                continue
            }
            // "Security Council" of the African Union's "Peace and Security Council".
            if joinedNameStart(before: position) != nil, !namesCountry(match) {
                position = stop
                continue
            }
            names.append((position..<stop, match))
            position = stop
        }
        return names
    }

    /// "the group's" in "the group's leader": the most recent actor before the range whose
    /// code has the role the noun names (REB for a group), as the principal; one the same
    /// noun described before all others ("Niger's military junta … the junta's envoy", not
    /// the "military governments" of Mali named since), else an organisation.
    private func definiteOwner(in range: Range<Int>) -> (code: String, name: String)? {
        for token in range where tree.relation(of: token) == "nmod:poss" && document.upos[token] == .NOUN {
            guard let determiner = tree.child(of: token, relation: "det"), words[determiner] == "the",
                  let (agent, _) = resolver.agents.longestMatch(in: words, endingAt: token, lastWordForms: lemma(token)),
                  !agent.code.isEmpty else { continue }
            let word = lemma(token).first ?? words[token]
            // A whole code ("the bloc's": IGO) begins the owner's code; a role follows its country's.
            let earlier = candidates.filter { candidate in
                candidate.mention.tokens.upperBound <= range.lowerBound
                    && (candidate.code.map { agent.isWhole ? $0.hasPrefix(agent.code) : $0.dropFirst(3).hasPrefix(agent.code) } ?? false)
            }
            let antecedent = earlier.last { $0.titleWords.contains(word) } ?? earlier.last { $0.type == .ORG }
            if let antecedent, let code = antecedent.code { return (code, antecedent.name) }
        }
        return nil
    }

    /// The code a description gives, and why; nil when it names neither a role with a
    /// sector nor a principal.
    func code(of description: Description) -> (code: String, evidence: String)? {
        let agentNote = description.agent.map { " (agent '\($0.phrase)', \($0.origin))" } ?? ""
        switch (description.agent, description.principal) {
        case (let agent?, _) where agent.isWhole:
            return (agent.code, "title: '\(description.text)' → \(agent.code)\(agentNote)")
        case (let agent?, let principal?):
            if agent.isDependent || principal.code.count > 3 {
                return (principal.code, "title: '\(description.text)' → \(principal.name) \(principal.code)\(agentNote)")
            }
            return (principal.code + agent.code, "title: '\(description.text)' → \(principal.name) \(principal.code) + \(agent.code)\(agentNote)")
        case (let agent?, nil):
            guard !agent.isDependent else { return nil }
            return (agent.code, "title: '\(description.text)' → \(agent.code), no country named\(agentNote)")
        case (nil, let principal?):
            return (principal.code, "modifier: '\(description.text)' → \(principal.name) \(principal.code)")
        case (nil, nil):
            return nil
        }
    }

    /// The words left of a nominal head that belong to its phrase (determiners, adjectives,
    /// compounds, possessives, titles), as the contiguous range that ends before `token`.
    func leftModifiers(of token: Int) -> Range<Int> {
        var start = token
        for child in tree.children[token].reversed() where child < start {
            let relation = tree.relation(of: child)
            guard Self.modifierRelations.contains(relation) else { break }
            // A participle with an object of its own is a clause the parser hung there ("some
            // considered him insane, citizens of …"), not a word of the description.
            guard tree.document.upos[child] != .VERB || tree.child(of: child, relation: "obj") == nil else { break }
            let subtree = tree.subtree(of: child)
            guard subtree.upperBound >= start else { break }
            start = subtree.lowerBound
        }
        return start..<token
    }

    /// The range without leading determiners, prepositions, conjunctions, adverbs and
    /// punctuation, which a modifier's subtree can bring in ("to" in "to Iranian Supreme
    /// Leader", "overnight," in "… overnight, regional governor X said").
    func droppingDeterminer(_ range: Range<Int>) -> Range<Int> {
        var range = range
        while let first = range.first, first < range.upperBound - 1,
              Self.leadingFunctionTags.contains(document.upos[first]) || isQuantifier(first) {
            range = (first + 1)..<range.upperBound
        }
        return range
    }

    /// "least" of "at least 50 protesters": with its "at", a qualifier of the count.
    private func isQuantifier(_ token: Int) -> Bool {
        token > 0 && ["least", "most"].contains(words[token]) && words[token - 1] == "at"
    }

    static let leadingFunctionTags: Set<UPOS> = [.DET, .PUNCT, .ADP, .CCONJ, .SCONJ, .PART, .ADV]

    static let modifierRelations: Set<String> = [
        "nmod:desc", "compound", "amod", "nmod:poss", "det", "nummod", "det:poss", "flat", "punct",
    ]
}
