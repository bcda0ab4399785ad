import SitrepKnowledge
import SitrepText

extension Resolution {
    /// Unnamed actors: nouns the agents dictionary knows ("forces", "officials", "groups")
    /// with the country or organisation that modifies them ("U.S. forces" → USAMIL,
    /// "Iran-affiliated groups" → IRNREB, "Shiite militias in Iraq" → IRQREB). Nominals of one
    /// code become one referent; one whose code is its modifier's ("the militant Hamas
    /// group") joins that actor.
    mutating func resolveNominals() {
        // A body named in title case the recognizer missed ("The Health Ministry said") is one too.
        let document = document
        let nominals = document.tokens.indices.filter { token in
            document.upos[token] == .NOUN || (document.upos[token] == .PROPN && Resolver.bodyNouns.contains(document.lemmas[token].lowercased()))
        }
        // "three commanders of Sudan's paramilitary Rapid Support Forces": a role named after
        // "of" by a body that is itself a nominal waits until the body is resolved.
        let nominalSet = Set(nominals)
        var deferred: [Int] = []
        for token in nominals where !taken[token] && entityOfToken[token] == nil {
            if tree.children(of: token, relation: "nmod").contains(where: { child in
                child > token && nominalSet.contains(child) && tree.casePreposition(of: child) == "of"
                    && Self.organisationHeads.contains(lemma(child).first ?? words[child])
            }) {
                deferred.append(token)
            } else {
                resolveNominal(token)
            }
        }
        for token in deferred where !taken[token] && entityOfToken[token] == nil { resolveNominal(token) }
    }

    /// One nominal of `resolveNominals`.
    private mutating func resolveNominal(_ token: Int) {
        let document = document
        guard !["compound", "amod", "flat"].contains(tree.relation(of: token)),
              resolver.agents.longestMatch(in: words, endingAt: token, lastWordForms: lemma(token)) != nil else { return }
        // "Sudan's paramilitary Rapid Support Forces", parsed as two subjects: a singular
        // role right before a known name is that name's title, no actor of its own.
        let after = (token + 1)..<min(token + 1 + resolver.actors.longestName, document.tokens.count)
        if document.xpos[token] == "NN", !after.isEmpty, isCapitalised(after.lowerBound),
           knownNames(in: after).first?.range.lowerBound == after.lowerBound { return }
        let left = leftModifiers(of: token)
        var range = droppingDeterminer(left.lowerBound..<(token + 1))
        // Words another mention took stop it, unless they are the owner's ("President X's government").
        let possessor = tree.child(of: token, relation: "nmod:poss").map { tree.subtree(of: $0) } ?? 0..<0
        if range.contains(where: { taken[$0] && entityOfToken[$0] == nil && !possessor.contains($0) }) { return }
        if let named = namedPhrase(from: range.lowerBound, head: token) {
            candidates.append(named)
            for position in named.mention.tokens { taken[position] = true }
            return
        }
        var description = describe(range)
        guard let agent = description.agent, description.agentRange?.upperBound == token + 1 else { return }
        // "Hezbollah … the Iran-backed group" is Hezbollah, which coreference links.
        if namesBacker(range), document.xpos[token] == "NN", let determiner = tree.child(of: token, relation: "det"), words[determiner] == "the",
           describedAntecedent(of: token, before: determiner, agent: agent, country: nil) != nil { return }
        let namesOwner = description.principal != nil
        var place = ""
        // "Shiite militias in Iraq" and "the governments of Argentina, Chile and Peru" are
        // Iraq's and Argentina's; "its consulate in Damascus" is not Syria's.
        if description.principal == nil, !Self.diplomaticPosts.contains(lemma(token).first ?? words[token]) {
            for child in tree.children(of: token, relation: "nmod") where child > token {
                // A body resolved from its role: "commanders of Sudan's paramilitary Rapid Support Forces".
                if tree.casePreposition(of: child) == "of", entityOfToken[child] == nil,
                   let body = candidates.last(where: { $0.mention.kind == .nominal && $0.mention.tokens.contains(child) }),
                   let code = body.code, code.count > 3, body.type == .ORG {
                    description.principal = (code, body.name)
                    break
                }
                guard let preposition = tree.casePreposition(of: child), ["in", "from", "of"].contains(preposition),
                      let entity = entityOfToken[child], let (match, _) = lookup(document.entities[entity].tokens),
                      let code = match.code, resolver.country(of: code) != nil else { continue }
                description.principal = (String(code.prefix(3)), document.text(of: document.entities[entity].tokens))
                place = " \(preposition) \(document.text(of: document.entities[entity].tokens))"
                range = range.lowerBound..<document.entities[entity].tokens.upperBound
                break
            }
        }
        // "a senior aide to opposition leader María Corina Machado", "adviser to the
        // president": a role serving someone named after "to" or "for" serves them, and is
        // named with them.
        var nameEnd = range.upperBound
        if description.principal == nil, agent.isDependent {
            for child in tree.children(of: token, relation: "nmod") where child > token && ["to", "for"].contains(tree.casePreposition(of: child) ?? "") {
                guard let principal = describe(range.lowerBound..<tree.subtree(of: child).upperBound).principal else { continue }
                description.principal = principal
                nameEnd = tree.subtree(of: child).upperBound
                break
            }
        }
        if description.principal == nil {
            guard standsAlone(agent, head: token) else { return }
            description = withContextCountry(description, at: range.lowerBound)
            // An actor named by its role alone is named with its article: "the army".
            if left.lowerBound < range.lowerBound, words[left.lowerBound] == "the" { range = left.lowerBound..<range.upperBound }
        }
        guard let (code, evidence) = self.code(of: description) else { return }
        let owner = ownerOfPrincipal(in: range, code: code) ?? uncodedName(before: token)
        // "Kuriga village" is a place its people stand for, no one a later "he" could be.
        let head = lemma(token).first ?? words[token]
        let type: EntityType = Self.placeNouns.contains(head) ? .LOC
            : document.xpos[token] == "NNS" || Self.organisationHeads.contains(head) ? .ORG : .PER
        var candidate = Candidate(mention: Mention(tokens: range, kind: .nominal), name: document.text(of: range.lowerBound..<nameEnd), type: type,
                                  code: code, role: agent.phrase + place, country: resolver.country(of: code),
                                  evidence: [evidence], key: owner ?? nominalKey(code: code, type: type, head: token))
        candidate.titleWords = description.words
        candidate.namesOwner = namesOwner
        // "its fighters": the possessive is also a pronoun of its own, which coreference links.
        for position in range where !isPossessivePronoun(position) {
            taken[position] = true
        }
        candidates.append(candidate)
    }

    /// Unnamed nominals are one actor when they share code, kind and head noun ("the army", "the
    /// Malian army", but not "a writer" and "writers"), or when a definite one takes up an
    /// earlier one of its code and kind ("Suspected jihadists … The assailants", but not "an
    /// aide to the opposition leader … the opposition", nor a body that is one part of its
    /// state's: "the government … The ministry", "the electoral commission … The government"); not by code alone: "14 soldiers" killed are
    /// not "the army" that reports it. A counted group ("about 20 soldiers") is its own actor
    /// each time.
    private func nominalKey(code: String, type: EntityType, head token: Int) -> String {
        if tree.child(of: token, relation: "nummod") != nil { return "group:\(token)" }
        let sameHead = "code:\(code):\(type):\(lemma(token).first ?? words[token])"
        // "the government … the interior ministry … the government": the same head first.
        if candidates.contains(where: { $0.key == sameHead }) { return sameHead }
        if let determiner = tree.child(of: token, relation: "det"), words[determiner] == "the",
           !Self.bodyParts.contains(lemma(token).first ?? words[token]),
           let antecedent = candidates.last(where: { $0.code == code && $0.type == type && $0.mention.kind == .nominal && $0.key.hasPrefix("code:") }),
           !Self.bodyParts.contains(String(antecedent.key.split(separator: ":").last ?? "")) {
            return antecedent.key
        }
        return sameHead
    }

    /// True when a role names an actor without an owner: "gunmen", "civilians", "the army",
    /// "troops" (a state role takes the context country later). Not roles that need one
    /// ("allies", "a member", "social media"), nor a singular "the X" an earlier actor answers ("the
    /// president", "the group"), which coreference links instead, nor one with "no".
    private func standsAlone(_ agent: Agent, head token: Int) -> Bool {
        guard !agent.isDependent, !agent.isWhole, !Self.ownedRoles.contains(agent.phrase) else { return false }
        // "the putschists had no authority to make the request": a role denied is no one.
        if let determiner = tree.child(of: token, relation: "det"), words[determiner] == "no" { return false }
        guard document.xpos[token] != "NNS", let determiner = tree.child(of: token, relation: "det"),
              words[determiner] == "the" else { return true }
        return describedAntecedent(of: token, before: determiner, agent: agent, country: nil) == nil
    }

    /// Roles that say whose they are only with an owner: "its allies", "the group's members".
    static let ownedRoles: Set<String> = [
        "ally", "allies", "proxy", "proxies", "group", "member", "leadership", "personnel", "force", "forces", "media",
    ]

    /// A description the dictionary knows as a name once its complements are added: "the
    /// Iranian mission to the United Nations".
    private func namedPhrase(from start: Int, head: Int) -> Candidate? {
        var end = head + 1
        for child in tree.children(of: head, relation: "nmod") where child > head {
            end = tree.subtree(of: child).upperBound
            let range = start..<end
            guard let (match, _) = lookup(range), let code = match.code else { continue }
            let actor = match.actor
            let name = document.text(of: range)
            return Candidate(mention: Mention(tokens: range, kind: .name), name: name, type: actor.type ?? .ORG, code: code,
                             role: actor.title, country: actor.country ?? resolver.country(of: code),
                             evidence: ["dictionary: '\(name)' → \(actor.name), \(code) (\(actor.origin))"],
                             key: "actor:\(actor.origin)", canonicalName: actor.type != nil ? actor.name : nil)
        }
        return nil
    }

    /// The key of a named actor inside the phrase whose code is the phrase's code: the
    /// nominal is another mention of it.
    private func ownerOfPrincipal(in range: Range<Int>, code: String) -> String? {
        for position in range {
            guard let entity = entityOfToken[position], let key = entityKeys[entity],
                  let candidate = candidates.last(where: { $0.key == key }), candidate.code == code,
                  candidate.type != .LOC else { continue }
            return key
        }
        return nil
    }

    /// The key of a name no dictionary knows right before the organisation it names ("the
    /// Gran Grif gang", "the Zaraguinas militia"): the nominal is another mention of it, and
    /// gives it its code. Not its members, nor its things ("Scientology officials", "the
    /// Church's website").
    private func uncodedName(before head: Int) -> String? {
        guard head > 0, Self.organisationHeads.contains(lemma(head).first ?? words[head]),
              let entity = entityOfToken[head - 1], document.entities[entity].tokens.upperBound == head,
              let key = entityKeys[entity], let candidate = candidates.last(where: { $0.key == key }),
              candidate.code == nil, [.ORG, .OTH].contains(candidate.type) else { return nil }
        return key
    }

    /// Bodies that are one part of a state or an organisation among others of its code.
    static let bodyParts: Set<String> = [
        "ministry", "department", "office", "agency", "commission", "committee", "council", "court", "embassy", "consulate",
        "delegation", "mission", "cabinet", "parliament", "legislature", "prosecutor", "spokesman", "spokeswoman", "spokesperson",
    ]

    /// Singular heads that name an organisation rather than a person.
    static let organisationHeads: Set<String> = [
        "government", "junta", "bloc", "ministry", "military", "army", "navy", "force", "group", "militia", "media", "agency", "council",
        "court", "parliament", "cabinet", "administration", "regime", "authority", "embassy", "delegation", "mission",
        "leadership", "police", "movement", "opposition", "organization", "organisation", "party", "legislature",
        "prison", "jail", "consulate", "company", "firm", "bank", "university", "school", "hospital", "union", "committee",
        "commission", "department", "office", "team", "network", "newspaper", "broadcaster", "channel", "station", "employer",
        "gang", "cartel", "faction", "coalition", "alliance", "front", "brigade", "battalion",
    ]
}
