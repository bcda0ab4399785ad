import SitrepKnowledge
import SitrepText

extension Resolution {
    /// Resolves entity span `index`: the name in the dictionary (after any title the
    /// recognizer took into the span), else the code its title, modifiers or apposition give.
    mutating func resolveEntity(_ index: Int) {
        let span = document.entities[index]
        var nameRange = span.tokens
        var found = lookup(nameRange)
        if found == nil {
            nameRange = strippingTitles(span.tokens)
            found = lookup(nameRange)
        }
        if found == nil, span.label == .PER {
            for start in nameRange.dropFirst() where found == nil && isCapitalised(start) {
                if let match = lookup(start..<nameRange.upperBound) {
                    found = match
                    nameRange = start..<nameRange.upperBound
                }
            }
        }
        let head = self.head(of: span.tokens)
        let left = leftModifiers(of: head)
        let contextStart = min(span.tokens.lowerBound, droppingDeterminer(left.lowerBound..<(span.tokens.lowerBound + 1)).lowerBound)
        let titleRange = contextStart..<nameRange.lowerBound
        let title = titleRange.isEmpty ? nil : describe(titleRange)
        let apposition = appositionDescription(of: head, span: span.tokens)

        let name = document.text(of: nameRange)
        // A title the recognizer took into the span makes it a person: "Foreign Minister X" tagged LOC.
        let type = found?.match.actor.type ?? (nameRange.lowerBound > span.tokens.lowerBound && found == nil ? .PER : span.label)
        var candidate = Candidate(mention: Mention(tokens: contextStart..<span.tokens.upperBound, kind: .name), name: name,
                                  type: type, evidence: [], key: "")
        if let found, let code = found.match.code, let metonym = capitalMetonym(nameRange, head: head, code: code) {
            candidate.code = metonym.code
            candidate.country = String(code)
            candidate.role = "government of \(metonym.country)"
            candidate.key = "code:\(metonym.code)"
            candidate.evidence.append("metonym: '\(name)', capital of \(metonym.country), acting → \(metonym.code) (\(found.match.actor.origin))")
            metonyms.insert(span.tokens)
        } else if let found, let code = found.match.code {
            let actor = found.match.actor
            candidate.code = code
            candidate.role = actor.title ?? title?.text
            candidate.country = actor.country ?? resolver.country(of: code)
            candidate.key = "actor:\(actor.origin)"
            candidate.canonicalName = actor.type != nil || ActorDictionary.key(actor.name) == ActorDictionary.key(name) ? actor.name : nil
            candidate.evidence.append("dictionary: '\(name)' → \(actor.name), \(code)\(day.map { " on \(DatedCode.text($0))" } ?? "") (\(actor.origin))")
            for other in found.others {
                candidate.evidence.append("also '\(name)': \(other.actor.name), \(other.code ?? "no code then") (\(other.actor.origin)); not chosen: \(found.match.code != nil && other.code == nil ? "no code on the day" : "the later file or earlier entry wins")")
            }
        } else {
            let coded = (title.flatMap(code(of:))) ?? apposition.flatMap { code(of: $0.description) }
            candidate.code = coded?.code
            candidate.role = title?.text ?? apposition?.description.text
            candidate.country = resolver.country(of: coded?.code)
            if let coded { candidate.evidence.append(coded.evidence) }
            if let found { candidate.evidence.append("dictionary: '\(name)' → \(found.match.actor.name) has no code on the day (\(found.match.actor.origin))") }
            candidate.key = key(forUnknown: name, type: type, code: coded?.code)
        }
        candidate.titleWords = titleWords(in: candidate.mention.tokens, title: found?.match.actor.title)
        candidate.titleWords.formUnion(title?.words ?? [])
        candidate.titleWords.formUnion(apposition?.description.words ?? [])
        entityKeys[index] = candidate.key
        for token in candidate.mention.tokens { taken[token] = true }
        candidates.append(candidate)
        if let apposition {
            for token in apposition.range { taken[token] = true }
            var nominal = candidate
            nominal.mention = Mention(tokens: apposition.range, kind: .nominal)
            nominal.name = apposition.description.text
            candidates.append(nominal)
        }
    }

    /// A capital that acts ("cautioning Tehran", "Tehran's directives", "Washington said"):
    /// its country's government. A capital as a location ("in Tehran") stays a place.
    func capitalMetonym(_ range: Range<Int>, head: Int, code: String) -> (code: String, country: String)? {
        let key = ActorDictionary.key(document.text(of: range))
        guard code.count == 3, resolver.country(of: code) != nil, let capital = resolver.places.capital(of: code),
              ([capital.name] + capital.aliases).contains(where: { ActorDictionary.key($0) == key }),
              ["nsubj", "nsubj:pass", "obj", "iobj", "nmod:poss", "obl:agent"].contains(tree.relation(of: head)) else { return nil }
        return (code + "GOV", resolver.places.country(code: code)?.name ?? code)
    }

    /// The span without leading title words, nationality adjectives and possessives, which
    /// the recognizer sometimes takes in ("Foreign Minister Hossein Amirabdollahian").
    func strippingTitles(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start < range.upperBound - 1 {
            if let (_, agentStart) = longestAgent(startingAt: start, within: range), agentStart == start {
                start = agentEnd(startingAt: start, within: range)
            } else if words[start] == "'s" || words[start] == "’s" || document.upos[start] == .PUNCT {
                start += 1
            } else if document.upos[start] == .ADJ, let (match, _) = lookup(start..<(start + 1)), match.code?.count == 3 {
                start += 1
            } else {
                break
            }
        }
        return start..<range.upperBound
    }

    private func longestAgent(startingAt start: Int, within range: Range<Int>) -> (Agent, Int)? {
        for end in stride(from: range.upperBound - 2, through: start, by: -1) {
            if let agent = resolver.agents.agent(for: words[start...end]) { return (agent, start) }
        }
        return nil
    }

    private func agentEnd(startingAt start: Int, within range: Range<Int>) -> Int {
        for end in stride(from: range.upperBound - 2, through: start, by: -1)
        where resolver.agents.agent(for: words[start...end]) != nil {
            return end + 1
        }
        return start + 1
    }

    /// "Mohammad Jamshidi, a Raisi aide" (the name's appos) and "Iran's state news agency,
    /// IRNA" (the name as appos of a description): the description's words and tokens.
    func appositionDescription(of head: Int, span: Range<Int>) -> (description: Description, range: Range<Int>)? {
        var nominal: Int?
        if let child = tree.children(of: head, relation: "appos").first(where: { document.upos[$0] == .NOUN && entityOfToken[$0] == nil }) {
            nominal = child
        } else if tree.relation(of: head) == "appos", let parent = tree.head(of: head), document.upos[parent] == .NOUN,
                  entityOfToken[parent] == nil {
            nominal = parent
        }
        guard let nominal else { return nil }
        let range = droppingDeterminer(leftModifiers(of: nominal).lowerBound..<(nominal + 1))
        guard !range.overlaps(span) else { return nil }
        let description = describe(range)
        guard description.agent != nil else { return nil }
        return (description, range)
    }

    /// The cluster key of an actor no dictionary knows: people by name (surnames joined
    /// later), others by name.
    func key(forUnknown name: String, type: EntityType, code: String?) -> String {
        let normalised = ActorDictionary.key(name)
        if type == .PER {
            for candidate in candidates.reversed() where candidate.type == .PER && candidate.mention.kind == .name {
                let known = ActorDictionary.key(candidate.name).split(separator: " ")
                let mine = normalised.split(separator: " ")
                if let last = mine.last, known.last == last, mine.count <= known.count || known.count == 1 { return candidate.key }
            }
            return "person:\(normalised)"
        }
        return "name:\(normalised)"
    }
}
