import SitrepKnowledge
import SitrepText

/// In-article coreference: definite descriptions ("the Ayatollah", "the president", "the
/// group") and third-person pronouns join the most recent compatible actor. First and
/// second person ("my", "we") are left to quote attribution, which knows the speaker.
extension Resolution {
    mutating func resolveReferences() {
        for token in document.tokens.indices where !taken[token] && entityOfToken[token] == nil {
            if document.upos[token] == .PRON, let person = Self.pronouns[words[token]], !isExpletive(token) {
                link(pronoun: token, person)
            } else if document.upos[token] == .NOUN || document.upos[token] == .PROPN {
                linkDescription(token)
            }
        }
    }

    /// "the Ayatollah", "the Iranian Supreme Leader", "the President's", "the militant group":
    /// a singular title or organisation noun after "the", whose words an earlier actor's titles
    /// carry (or, for organisations, whose role its code has), and whose country matches.
    /// Whether it found one; `resolveEntity` asks too, for a title the recognizer took for a
    /// one-word name.
    @discardableResult
    mutating func linkDescription(_ token: Int) -> Bool {
        guard document.xpos[token] != "NNS", document.xpos[token] != "NNPS",
              !["compound", "amod", "flat"].contains(tree.relation(of: token)),
              let determiner = tree.child(of: token, relation: "det"), determiner < token, words[determiner] == "the",
              let (agent, _) = resolver.agents.longestMatch(in: words, endingAt: token, lastWordForms: lemma(token)) else { return false }
        let range = determiner..<(token + 1)
        // A backer's name inside is its own mention: "the Iran-backed group".
        let backed = namesBacker(range)
        guard !range.contains(where: { taken[$0] && !(backed && entityOfToken[$0] != nil) }) else { return false }
        let description = describe((determiner + 1)..<(token + 1))
        let country = backed ? nil : description.principal.map { String($0.code.prefix(3)) }
        guard let antecedent = describedAntecedent(of: token, before: determiner, agent: agent, country: country) else { return false }
        add(reference: range.dropFirst(), of: antecedent, kind: .nominal, why: "description '\(document.text(of: range))'")
        return true
    }

    /// The latest actor before `limit` that a singular "the X" describes: for an organisation
    /// noun, a named organisation whose code has the role; for a title, a person whose titles
    /// carry the word; of `country` when the description names one.
    func describedAntecedent(of token: Int, before limit: Int, agent: Agent, country: String?) -> Candidate? {
        let word = lemma(token).first ?? words[token]
        let isOrganisation = Self.organisationHeads.contains(word)
        return candidates.last { candidate in
            guard candidate.mention.tokens.upperBound <= limit, candidate.mention.kind != .pronoun else { return false }
            if let country, candidate.country != country { return false }
            if isOrganisation {
                // "the health ministry" is one body of a state, not the state or its capital acting for it.
                if Self.bodyParts.contains(word), !candidate.mention.tokens.contains(where: { lemma($0).contains(word) }) { return false }
                // "the government" is not the state broadcaster (GOVMED) however much it shares.
                let isMedia = candidate.code?.hasSuffix("MED") ?? false
                // An international militant network (IMG: Islamic State, al-Qaeda) is an armed group too.
                return candidate.type == .ORG && candidate.mention.kind == .name && !agent.code.isEmpty
                    && isMedia == agent.code.hasSuffix("MED")
                    && (candidate.code.map { code in
                        agent.isWhole ? code.hasPrefix(agent.code)
                            : code.dropFirst(3).hasPrefix(agent.code) || code.hasSuffix(agent.code) || (agent.code == "REB" && code.hasPrefix("IMG"))
                    } ?? false)
            }
            return candidate.type == .PER && candidate.titleWords.contains(word)
        }
    }

    /// He/she/his/her → the nearest earlier person: in the same sentence the nearest subject
    /// (for a possessive, `possessor(of:among:)`), else the first person of the nearest
    /// earlier sentence that has one (subjects and first mentions are what a following pronoun
    /// usually continues). It/its and they/their do the same with organisations and countries.
    private mutating func link(pronoun token: Int, _ person: Person) {
        guard let antecedent = antecedent(ofPronoun: token, person) else { return }
        add(reference: token..<(token + 1), of: antecedent, kind: .pronoun, why: "pronoun '\(document.text(of: token))'")
    }

    /// The actor a pronoun at `token` stands for, among those found so far (see `link`).
    func antecedent(ofPronoun token: Int, _ person: Person) -> Candidate? {
        let sentence = sentenceOfToken[token]
        // In text order: pronouns linked earlier were added after every name.
        // `"We will bring every child home," he said`: a pronoun outside quote marks is not
        // someone the quoted words mention in its sentence.
        let outside = !quoted[token]
        let compatible = candidates.filter { candidate in
            guard candidate.mention.tokens.upperBound <= token,
                  sentence - sentenceOfToken[candidate.mention.tokens.lowerBound] <= 2,
                  !(outside && quoted[candidate.mention.tokens.lowerBound] && sentenceOfToken[candidate.mention.tokens.lowerBound] == sentence)
            else { return false }
            if candidate.mention.kind == .pronoun {
                // A pronoun already linked continues its chain: "their … they".
                return Self.pronouns[words[candidate.mention.tokens.lowerBound]] == person
            }
            switch person {
            case .personal: return candidate.type == .PER
            case .neuter:
                // "its" is one organisation or country, never "troops". A name with a bare
                // three-letter code (CAMEO's code for a state) is a country whatever the
                // recognizer's label.
                let isCountry = candidate.mention.kind == .name && candidate.code?.count == 3
                // A name of several words that ends in a plural is still one body: "the Israel
                // Defense Forces said it", "the United Nations … its".
                let isOneBody = candidate.mention.kind == .name && candidate.mention.tokens.filter(isCapitalised).count > 1
                return (candidate.type == .ORG || candidate.type == .LOC || isCountry) && (!isPlural(candidate) || isOneBody)
            case .plural:
                return candidate.type == .ORG && isPlural(candidate)
                    || (sentenceOfToken[candidate.mention.tokens.lowerBound] == sentence && heads(coordinationOf: candidate))
            }
        }.sorted { $0.mention.tokens.lowerBound < $1.mention.tokens.lowerBound }
        let sameSentence = compatible.filter { sentenceOfToken[$0.mention.tokens.lowerBound] == sentence }
        let isPossessive = ["his", "her", "its", "their"].contains(words[token])
        if let subject = isPossessive ? possessor(of: token, among: sameSentence) : sameSentence.last(where: { isSubject($0) }) ?? sameSentence.last {
            return subject
        }
        guard let latest = compatible.last, !continuesThing(token, person) else { return nil }
        let nearest = sentenceOfToken[latest.mention.tokens.lowerBound]
        return compatible.first { sentenceOfToken[$0.mention.tokens.lowerBound] == nearest }
    }

    /// "The war … erupted in April 2023. It has killed …": a subject "it" or "they" continues
    /// the last sentence's subject, and when that is a thing no actor names, the pronoun is it.
    /// Not a passive's subject: "Several scenarios were considered. They estimated …" is the
    /// scientists who considered them.
    private func continuesThing(_ token: Int, _ person: Person) -> Bool {
        let sentence = sentenceOfToken[token]
        guard person != .personal, sentence > 0, tree.relation(of: token).hasPrefix("nsubj"),
              let root = document.sentences[sentence - 1].first(where: { tree.head(of: $0) == nil }),
              // A parse that makes the subject the root ("war" of "The war …, erupted") still names it.
              case let subject = tree.children[root].first(where: { tree.relation(of: $0) == "nsubj" }) ?? root,
              document.upos[subject] == .NOUN, (document.xpos[subject] == "NNS") == (person == .plural) else { return false }
        return !candidates.contains { $0.mention.tokens.contains(subject) }
    }

    /// Whose a possessive is, among the same sentence's candidates: the actor its noun is
    /// coordinated with ("Iran and its allies"), else the clause's subject ("Zembla welcomed
    /// proposals from Florin on its role": Zembla's role), else the nearest.
    private func possessor(of token: Int, among candidates: [Candidate]) -> Candidate? {
        // "to Iran and its allies", however the parser joined the two: the actor right before "and".
        if token >= 2, ["and", "or"].contains(words[token - 1]),
           let before = candidates.last(where: { $0.mention.tokens.upperBound == token - 1 }) {
            return before
        }
        if let noun = tree.head(of: token), ["conj", "appos"].contains(tree.relation(of: noun)), let partner = tree.head(of: noun),
           let coordinated = candidates.last(where: { head(of: $0.mention.tokens) == partner }) {
            return coordinated
        }
        return candidates.last(where: isSubject) ?? candidates.last
    }

    private mutating func add(reference range: Range<Int>, of antecedent: Candidate, kind: Mention.Kind, why: String) {
        var reference = antecedent
        reference.mention = Mention(tokens: range, kind: kind)
        reference.name = document.text(of: range)
        reference.evidence = ["coreference: \(why) at \(document.scalarRange(of: range).lowerBound) → \(antecedent.name)"]
        for position in range { taken[position] = true }
        candidates.append(reference)
    }

    /// "It is worth noting", "it said that": an "it" whose clause has a clausal complement,
    /// or that is not a subject, usually stands for no actor.
    private func isExpletive(_ token: Int) -> Bool {
        guard words[token] == "it" else { return false }
        // A subject the parser labelled passive ("it had targeted", read as "it had been …") is a subject still.
        guard ["nsubj", "nsubj:pass"].contains(tree.relation(of: token)), let head = tree.head(of: token), document.upos[head] == .VERB else { return true }
        return ["ccomp", "xcomp", "csubj"].contains { tree.child(of: head, relation: $0) != nil } && tree.lemma(head) == "be"
    }

    private func isSubject(_ candidate: Candidate) -> Bool {
        isSubjectPhrase(candidate.mention.tokens)
    }

    /// "sanctions on a Rwandan general and an M23 spokesman, accusing them …": the first of
    /// coordinated actors stands for them all, as a plural, in their own sentence.
    private func heads(coordinationOf candidate: Candidate) -> Bool {
        let head = self.head(of: candidate.mention.tokens)
        return candidate.mention.kind != .pronoun && candidate.type != .LOC
            && tree.children(of: head, relation: "conj").contains { conjunct in candidates.contains { $0.mention.tokens.contains(conjunct) } }
    }

    private func isPlural(_ candidate: Candidate) -> Bool {
        let head = self.head(of: candidate.mention.tokens)
        return document.xpos[head] == "NNS" || document.xpos[head] == "NNPS"
    }

    /// "Hezbollah … the Iran-backed group": a backer named in a description is not the
    /// country of the one it describes.
    func namesBacker(_ range: Range<Int>) -> Bool {
        range.contains { words[$0] == "-" && $0 + 1 < words.count && Self.backing.contains(words[$0 + 1]) }
    }

    static let backing: Set<String> = ["backed", "allied", "aligned", "supported", "funded", "sponsored", "armed", "affiliated", "linked"]

    enum Person { case personal, neuter, plural }

    static let pronouns: [String: Person] = [
        "he": .personal, "him": .personal, "his": .personal, "himself": .personal,
        "she": .personal, "her": .personal, "hers": .personal, "herself": .personal,
        "it": .neuter, "its": .neuter, "itself": .neuter,
        "they": .plural, "them": .plural, "their": .plural, "theirs": .plural, "themselves": .plural,
    ]
}
