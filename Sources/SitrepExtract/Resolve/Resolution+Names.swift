import SitrepKnowledge
import SitrepText

extension Resolution {
    /// Resolves entity span `index`: the name in the dictionary (after any title the
    /// recognizer took into the span), else the code its title, modifiers or apposition give.
    mutating func resolveEntity(_ index: Int) {
        let span = document.entities[index]
        let (nameRange, known) = dictionaryName(in: span)
        let found = known.flatMap { isNamesake(nameRange, of: $0.match.actor, label: span.label) ? nil : $0 }
        // "the Ayatollah" taken for a one-word name is the earlier person the title describes.
        if found == nil, span.tokens.count == 1, linkDescription(span.tokens.lowerBound) { return }
        let head = self.head(of: span.tokens)
        // The name as the dictionary widened it: "[Jong Un]" is "Kim Jong Un", whose title is before "Kim".
        let named = Span(tokens: min(span.tokens.lowerBound, nameRange.lowerBound)..<max(span.tokens.upperBound, nameRange.upperBound), label: span.label)
        let leftStart = min(named.tokens.lowerBound, leftModifiers(of: head).lowerBound, adjacentTitleStart(before: named))
        let contextStart = min(droppingDeterminer(leftStart..<(span.tokens.lowerBound + 1)).lowerBound, nameRange.lowerBound)
        let titleRange = contextStart..<nameRange.lowerBound
        let title = titleRange.isEmpty ? nil : withContextCountry(describe(titleRange), at: contextStart)
        let apposition = appositionDescription(of: head, span: span).map { found in
            (description: withContextCountry(found.description, at: contextStart), range: found.range)
        }
        let name = document.text(of: nameRange)
        // A person's title the recognizer took into the span makes it a person: "Foreign
        // Minister X" tagged LOC; "Greek Orthodox Church" and "Saudi Interior Ministry" stay.
        let type = found?.match.actor.type ?? (found == nil && namesPerson(title: span.tokens.lowerBound..<max(span.tokens.lowerBound, nameRange.lowerBound)) ? .PER : span.label)
        var candidate = Candidate(mention: Mention(tokens: contextStart..<max(span.tokens.upperBound, nameRange.upperBound), kind: .name), name: name,
                                  type: type, evidence: [], key: "")
        if let found, let code = found.match.code, let metonym = capitalMetonym(nameRange, head: head, code: code) {
            // A government, whatever the recognizer took the capital for: "Washington said it …".
            candidate.type = .ORG
            candidate.code = metonym.code
            candidate.country = code
            candidate.role = "government of \(metonym.country)"
            candidate.key = "code:\(metonym.code)"
            candidate.evidence.append("metonym: '\(name)', capital of \(metonym.country), acting → \(metonym.code) (\(found.match.actor.origin))")
            metonyms.insert(span.tokens)
        } else if let found, found.match.code != nil {
            code(&candidate, from: found, title: title)
        } else {
            // An organisation no dictionary knows is coded by the role its name says it has:
            // "University of Helsinki" is FIN + EDU, "Greek Ministry of Culture" GRC + GOV, and
            // a state role alone takes the context country as "the army" does ("Air Force"). A
            // country alone ("Massachusetts Institute of Technology") is not the state.
            // Whose it is may be a possessive before it: "its Peace and Security Council".
            let owned = nameRange.lowerBound > 0 && isPossessivePronoun(nameRange.lowerBound - 1) ? nameRange.lowerBound - 1 : nameRange.lowerBound
            let description = title == nil && type == .ORG ? withContextCountry(describe(owned..<nameRange.upperBound), at: owned) : nil
            let named = description?.agent == nil ? nil : description.flatMap(code(of:))
            // "Iran's Foreign Ministry": a titled organisation (or a name read as a place whose
            // role makes it one) whose name says its role is described whole, title and name.
            let whole = title != nil && type != .PER ? withContextCountry(describe(contextStart..<nameRange.upperBound), at: contextStart) : nil
            let titled = whole?.agent == nil ? title : whole
            // "Yemen's [Houthi militia]" read as a place is the organisation its head names.
            if whole?.agent != nil, type != .ORG, Self.organisationHeads.contains(lemma(nameRange.upperBound - 1).first ?? words[nameRange.upperBound - 1]) {
                candidate.type = .ORG
            }
            // A role that needs an owner says nothing alone: "localist group Youngspiration" is no armed group.
            let ownerless = titled.map { $0.principal == nil && Self.ownedRoles.contains($0.agent?.phrase ?? "") } ?? false
            // "Garry Conille, a former U.N. official,": a post left says nothing of whom a person
            // acts for now, though it still describes them.
            let current = apposition.flatMap { found in found.range.contains { Self.pastMarkers.contains(words[$0]) } ? nil : found }
            let coded = (ownerless ? nil : titled.flatMap(code(of:))) ?? current.flatMap { code(of: $0.description) } ?? named
            candidate.code = coded?.code
            candidate.role = titled?.text ?? apposition?.description.text
            candidate.country = resolver.country(of: coded?.code)
            if let coded { candidate.evidence.append(coded.evidence) }
            if let found { candidate.evidence.append("dictionary: '\(name)' → \(found.match.actor.name) has no code on the day (\(found.match.actor.origin))") }
            candidate.key = key(forUnknown: name, type: type, code: coded?.code)
        }
        candidate.titleWords = titleWords(in: candidate.mention.tokens, title: type == .PER ? found?.match.actor.title : nil)
            .union(title?.words ?? []).union(apposition?.description.words ?? [])
        entityKeys[index] = candidate.key
        for token in candidate.mention.tokens { taken[token] = true }
        addEmbeddedPlaces(in: span.tokens.lowerBound..<max(span.tokens.lowerBound, nameRange.lowerBound))
        candidates.append(candidate)
        if let apposition {
            for token in apposition.range { taken[token] = true }
            var nominal = candidate
            nominal.mention = Mention(tokens: apposition.range, kind: .nominal)
            nominal.name = apposition.description.text
            candidates.append(nominal)
        }
    }

    /// Where a title written right before a name begins, when the parse did not hang it on the
    /// name ("…, regional governor Oleh Syniehubov said", with "governor" parsed as an oblique
    /// of the verb before; "the Palestinian militant group Hamas", parsed as two subjects): an
    /// agent ending at the name, with the adjectives and names that modify it ("regional",
    /// "Kharkiv"). An organisation's title is a common noun ("group", "paramilitary").
    private func adjacentTitleStart(before span: Span<EntityType>) -> Int {
        let start = span.tokens.lowerBound
        if let titled = titleNamingBody(before: span) { return modifiersStart(before: titled) }
        let titleTags: Set<String> = span.label == .PER ? ["NN", "NNP", "NNPS"] : span.label == .ORG ? ["NN"] : []
        // A singular role: "told reporters Oleh Syniehubov was safe" names no reporter.
        guard start > 0, !taken[start - 1], entityOfToken[start - 1] == nil, titleTags.contains(document.xpos[start - 1]),
              let (_, agentStart) = resolver.agents.longestMatch(in: words, endingAt: start - 1, lastWordForms: lemma(start - 1))
        else { return start }
        return modifiersStart(before: agentStart)
    }

    /// Where a title begins that names the body written between it and a person's name:
    /// "Ambassador to the United Nations Linda Thomas-Greenfield", "envoy to Iraq John Smith".
    private func titleNamingBody(before span: Span<EntityType>) -> Int? {
        let start = span.tokens.lowerBound
        guard span.label == .PER, start > 0, let body = entityOfToken[start - 1], document.entities[body].label != .PER else { return nil }
        var before = document.entities[body].tokens.lowerBound - 1
        if before > 0, words[before] == "the" { before -= 1 }
        guard before > 0, ["to", "for", "at"].contains(words[before]) else { return nil }
        let agent = resolver.agents.longestMatch(in: words, endingAt: before)
            ?? resolver.agents.longestMatch(in: words, endingAt: before - 1, lastWordForms: lemma(before - 1))
        return agent?.start
    }

    /// The start of the adjectives and names that modify a title starting at `agentStart`.
    private func modifiersStart(before agentStart: Int) -> Int {
        var first = agentStart
        // Also over a possessive name: "Senegal's opposition candidate Bassirou Diomaye Faye".
        while first > 0,
              [.ADJ, .PROPN].contains(document.upos[first - 1]) || (first > 1 && ["'s", "’s"].contains(words[first - 1]) && document.upos[first - 2] == .PROPN),
              entityOfToken[first - 1].map({ document.entities[$0].label != .PER }) ?? true {
            first -= 1
        }
        return first
    }

    /// The part of the span the dictionary knows: all of it, else what is left after leading
    /// titles, else (for people) its longest known tail.
    private func dictionaryName(in span: Span<EntityType>) -> (Range<Int>, (match: ActorDictionary.Match, others: [ActorDictionary.Match])?) {
        // A recognizer may take only the tail of a name joined by "and", which names something
        // else: "Security Council" of the African Union's "Peace and Security Council" is not
        // the UN's.
        if let start = joinedNameStart(before: span.tokens.lowerBound), !(lookup(span.tokens).map { namesCountry($0.match) } ?? false) {
            let whole = start..<span.tokens.upperBound
            return (whole, lookup(whole))
        }
        // A recognizer may take the article into the span: "The UN Security Council".
        let stripped = strippingTitles(droppingDeterminer(span.tokens))
        if let found = lookup(span.tokens) {
            // An older dictionary may know the name with its title ("Israeli Prime Minister
            // Benjamin Netanyahu" in Phoenix, coded as on its last day); a later one that
            // knows the name itself is kept up to date.
            if stripped != span.tokens, let name = lookup(stripped), name.match.precedence > found.match.precedence { return (stripped, name) }
            return (span.tokens, found)
        }
        // "The Islamic State group": the name without its article, before any word of it is
        // taken for a title ("Islamic").
        let whole = droppingDeterminer(span.tokens)
        if whole != span.tokens, let found = lookup(whole) { return (whole, found) }
        if let widened = widenedName(span.tokens) { return widened }
        if let found = lookup(stripped) { return (stripped, found) }
        guard span.label == .PER else {
            // "Amnesty International Kenya": a known organisation's branch in a country is the organisation.
            for length in 1...2 where whole.count > length {
                let branch = whole.lowerBound..<(whole.upperBound - length)
                if let country = lookup((whole.upperBound - length)..<whole.upperBound), namesCountry(country.match),
                   let found = lookup(branch), !namesCountry(found.match) { return (branch, found) }
            }
            // A name that ends in what it names has no title to strip: "Hebrew University",
            // "People Magazine", "Saudi Interior Ministry".
            return (agentWords[whole.upperBound - 1] == nil ? stripped : whole, nil)
        }
        // Not a place the span names as where its person is: "its consulate in Damascus".
        for start in stripped.dropFirst() where isCapitalised(start) && !["in", "at", "from"].contains(words[start - 1]) {
            // Nor a place ending the name of something else: "Real Madrid" is no Madrid.
            guard let found = lookup(start..<stripped.upperBound),
                  found.match.code.map({ resolver.country(of: $0) != $0 }) ?? true else { continue }
            // A given name before the known tail must be the actor's own: "Tina McKenzie" is
            // not the dictionary's "Kenneth McKenzie".
            if isNameWord(start - 1), !ActorDictionary.key(found.match.actor.name).split(separator: " ").contains(Substring(words[start - 1])) {
                return (stripped, nil)
            }
            // Nor is the second half of a double-barrelled surname: "Clementine Nkweta-Salami"
            // is not the dictionary's "Hossein Salami".
            if words[start - 1] == "-" { return (stripped, nil) }
            return (start..<stripped.upperBound, found)
        }
        return (stripped, nil)
    }

    /// Where a name begins whose words before "and" the recognizer left out: a capitalised
    /// word in no entity of its own, no name itself and no plural ("Peace" of "Peace and
    /// Security Council"; "Israel and Hamas", "Republicans and Democrats" are two). A country
    /// after "and" is named alone ("US and UK officials").
    func joinedNameStart(before start: Int) -> Int? {
        guard start >= 2, ["and", "&"].contains(words[start - 1]), isCapitalised(start - 2), entityOfToken[start - 2] == nil,
              lookup((start - 2)..<(start - 1)) == nil, !["NNS", "NNPS"].contains(document.xpos[start - 2])
        else { return nil }
        return start - 2
    }

    /// Whether a dictionary entry is a country itself ("Sudan" SDN), not one of its actors.
    func namesCountry(_ match: ActorDictionary.Match) -> Bool {
        match.code.map { resolver.country(of: $0) == $0 } ?? false
    }

    /// A recognizer may take only part of a name: "Rights" of "Human Rights Watch", with
    /// "Human" read as an adjective and "Watch" as a verb, "Wales" of "the Prince of Wales",
    /// or "Kurdistan Workers" of "Kurdistan Workers' Party". The longest dictionary name that
    /// adds up to two words on each side, capitalised, "of" or a possessive, in no other entity.
    private func widenedName(_ range: Range<Int>) -> (Range<Int>, (match: ActorDictionary.Match, others: [ActorDictionary.Match]))? {
        func free(_ token: Int) -> Bool {
            token >= 0 && token < document.tokens.count && entityOfToken[token] == nil
                && (isCapitalised(token) || words[token] == "of" || document.xpos[token] == "POS")
        }
        // Two words, not counting a possessive's "'s": "Tigray People's [Liberation Front]".
        func wordCount(_ tokens: Range<Int>) -> Int { tokens.filter { document.xpos[$0] != "POS" }.count }
        var before = 0, after = 0
        while wordCount((range.lowerBound - before)..<range.lowerBound) < 2, free(range.lowerBound - before - 1) { before += 1 }
        while wordCount(range.upperBound..<(range.upperBound + after)) < 2, free(range.upperBound + after) { after += 1 }
        let widenings = (0...before).flatMap { left in (0...after).map { right in (left, right) } }
            .filter { $0 != (0, 0) }.sorted { $0.0 + $0.1 > $1.0 + $1.1 }
        for (left, right) in widenings {
            let wider = (range.lowerBound - left)..<(range.upperBound + right)
            if let found = lookup(wider) { return (wider, found) }
        }
        return nil
    }

    /// Codes a candidate from its dictionary entry, noting every other entry of the name and
    /// why it lost (`--debug`).
    func code(_ candidate: inout Candidate, from found: (match: ActorDictionary.Match, others: [ActorDictionary.Match]),
                      title: Description?) {
        let actor = found.match.actor
        let code = found.match.code ?? ""
        candidate.code = code
        candidate.role = actor.title ?? title?.text
        candidate.country = actor.country ?? resolver.country(of: code)
        candidate.key = "actor:\(actor.origin)"
        candidate.canonicalName = actor.type != nil || ActorDictionary.key(actor.name) == ActorDictionary.key(candidate.name) ? actor.name : nil
        candidate.evidence.append("dictionary: '\(candidate.name)' → \(actor.name), \(code)\(day.map { " on \(DatedCode.text($0))" } ?? "") (\(actor.origin))")
        for other in found.others {
            let reason = other.code == nil ? "it has no code on the day" : "a later file, or an earlier line of one file, wins"
            candidate.evidence.append("also '\(candidate.name)': \(other.actor.name), \(other.code ?? "-") (\(other.actor.origin)); not chosen: \(reason)")
        }
        holdsPost(&candidate, code: code, title: title)
        servesNamedBody(&candidate, code: code, title: title)
        if actor.type != .PER { belongsToNamedCountry(&candidate, code: code, actorName: actor.name, title: title) }
    }

    /// "South Korea's Joint Chiefs of Staff": a state body the dictionary files under one
    /// country (Phoenix: USAMIL) is the body of the country named before it (KORMIL).
    func belongsToNamedCountry(_ candidate: inout Candidate, code: String, actorName: String, title: Description?) {
        guard let title, let principal = title.principal, principal.code.count == 3, code.count > 3,
              Self.stateSectors.contains(String(code.dropFirst(3).prefix(3))), let country = resolver.country(of: code),
              country != principal.code else { return }
        let own = principal.code + code.dropFirst(3)
        candidate.code = own
        candidate.country = principal.code
        candidate.key = "code:\(own):\(ActorDictionary.key(actorName))"
        candidate.evidence.append("country: '\(title.text)' names \(principal.name)'s own \(candidate.name) → \(own)")
    }

    /// A person the dictionary files in opposition whom the text titles with a government post
    /// of that country ("Prime Minister Albin Kurti", in Phoenix KSVOPP): the text is newer
    /// than the dictionary, so the post codes them (KSVGOV). Not a former post.
    func holdsPost(_ candidate: inout Candidate, code: String, title: Description?) {
        guard let title, let agent = title.agent, agent.code == "GOV", code.dropFirst(3).hasPrefix("OPP"),
              let country = resolver.country(of: code), title.principal.map({ $0.code.hasPrefix(country) }) ?? true,
              !isFormerPost(title) else { return }
        candidate.code = country + "GOV"
        candidate.evidence.append("title: '\(title.text)' is a post in government, newer than the dictionary's \(code) → \(country)GOV")
    }

    /// Whether a title names a post left: "former", "ex-" …
    private func isFormerPost(_ title: Description) -> Bool {
        title.text.lowercased().split(separator: " ").contains { Self.pastMarkers.contains(String($0)) }
    }

    /// A person whose title names the international body they serve ("NATO Secretary General
    /// Jens Stoltenberg") and whom the dictionary codes otherwise on the day (NORGOV, his later
    /// post): the article says what they were when it was written, so the body codes them
    /// (IGOWSTNAT). Not a former post.
    func servesNamedBody(_ candidate: inout Candidate, code: String, title: Description?) {
        guard candidate.type == .PER, let title, title.agent != nil, let principal = title.principal,
              ["IGO", "NGO"].contains(String(principal.code.prefix(3))), !code.hasPrefix(principal.code),
              !isFormerPost(title) else { return }
        candidate.code = principal.code
        candidate.country = nil
        candidate.evidence.append("title: '\(title.text)' names the body \(principal.name) serves, not the dictionary's \(code) → \(principal.code)")
    }

    /// The sectors of a state's own bodies, which every state has one of.
    static let stateSectors: Set<String> = ["GOV", "MIL", "JUD", "LEG", "COP", "SPY"]

    /// A capital that acts ("cautioning Tehran", "Tehran's directives", "Washington said"):
    /// its country's government. A capital as a location ("in Tehran") stays a place.
    func capitalMetonym(_ range: Range<Int>, head: Int, code: String) -> (code: String, country: String)? {
        guard code.count == 3, ["nsubj", "nsubj:pass", "obj", "iobj", "nmod:poss", "obl:agent"].contains(tree.relation(of: head)),
              resolver.country(of: code) != nil,
              // "Beirut's southern suburbs" are the city's, not its government's.
              !(tree.relation(of: head) == "nmod:poss" && tree.head(of: head).map { Self.placeNouns.contains(lemma($0).first ?? "") } == true),
              resolver.places.lookup(document.text(of: range)).contains(where: { $0.isCapital && $0.code == code }) else { return nil }
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
            } else if let place = placeBeforeTitle(startingAt: start, within: range) {
                start = place
            } else if start > range.lowerBound, ["to", "for", "of", "in", "at"].contains(words[start - 1]),
                      let end = knownNameEnd(startingAt: start, within: range) {
                // The body a title names: "Ambassador to the United States Hamdullah Mohib".
                start = end
            } else {
                break
            }
        }
        // What follows a title is a name: "University of Helsinki" is no title before "of Helsinki".
        return isCapitalised(start) ? start..<range.upperBound : range
    }

    /// True when a person's one-word name is the surname of someone the article named before,
    /// and the dictionary's actor of that name was not named: "Tina McKenzie … McKenzie said"
    /// is Tina, not the dictionary's Kenneth McKenzie.
    func isNamesake(_ range: Range<Int>, of actor: Actor, label: EntityType) -> Bool {
        guard label == .PER, range.count == 1 else { return false }
        let people = candidates.filter { $0.type == .PER && $0.mention.kind == .name }
        guard !people.contains(where: { $0.key == "actor:\(actor.origin)" }) else { return false }
        // A key never starts with a space, so the suffix is a later word of a longer name.
        let surname = " " + ActorDictionary.key(document.text(of: range))
        return people.contains { ActorDictionary.key($0.name).hasSuffix(surname) }
    }

    /// A capitalised proper noun that names no role: a given name or another part of a name.
    func isNameWord(_ token: Int) -> Bool {
        document.upos[token] == .PROPN && isCapitalised(token) && agentWords[token] == nil
    }

    /// True when words before a name include a role a person holds ("minister", "spokesman"),
    /// not only a country, a place or an institution ("Greek", "Interior Ministry").
    func namesPerson(title range: Range<Int>) -> Bool {
        range.contains { token in
            guard let agent = agentWords[token] else { return false }
            return !Self.organisationHeads.contains(agent)
        }
    }

    /// The end of the coded name (after an optional "the") at `start`, leaving the range's
    /// last word: "the United States" of "… to the United States Hamdullah Mohib".
    private func knownNameEnd(startingAt start: Int, within range: Range<Int>) -> Int? {
        let first = words[start] == "the" ? start + 1 : start
        for end in stride(from: min(range.upperBound - 1, first + resolver.actors.longestName), to: first, by: -1)
        where lookup(first..<end)?.match.code != nil {
            return end
        }
        return nil
    }

    /// The end of a country or place name at `start` that a title follows ("U.S." in "U.S.
    /// Senator John Cornyn", "Washington" in "Washington Governor Chris Gregoire").
    private func placeBeforeTitle(startingAt start: Int, within range: Range<Int>) -> Int? {
        for end in stride(from: min(range.upperBound - 2, start + 3), through: start + 1, by: -1) {
            guard let (match, _) = lookup(start..<end), match.code.map({ resolver.country(of: $0) != nil && $0.count == 3 }) == true,
                  longestAgent(startingAt: end, within: range) != nil else { continue }
            return end
        }
        return nil
    }

    /// Countries and places named inside a span before the name ("U.S." in "U.S. Senator John
    /// Cornyn"), as mentions of their own.
    mutating func addEmbeddedPlaces(in range: Range<Int>) {
        for known in knownNames(in: range) {
            guard let code = known.match.code, code.count == 3, resolver.country(of: code) != nil else { continue }
            let actor = known.match.actor
            let name = document.text(of: known.range)
            candidates.append(Candidate(mention: Mention(tokens: known.range, kind: .name), name: name, type: actor.type ?? .LOC,
                                        code: code, country: code,
                                        evidence: ["dictionary: '\(name)' → \(actor.name), \(code) (\(actor.origin))"],
                                        key: "actor:\(actor.origin)",
                                        canonicalName: ActorDictionary.key(actor.name) == ActorDictionary.key(name) ? actor.name : nil))
        }
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

    static let pastMarkers: Set<String> = ["former", "ex", "onetime", "erstwhile"]

    /// "KSC" for "Kennedy Space Center": the initials of a name's capitalised words.
    static func initials(_ name: String) -> String {
        String(name.split(separator: " ").compactMap { word in word.first.flatMap { $0.isUppercase ? $0 : nil } })
    }

    /// The cluster key of an actor no dictionary knows: people by name (surnames joined
    /// later), others by name and the country their title gives: "Armenia's Defence Ministry"
    /// and "Azerbaijan's Defence Ministry" are two bodies; a mention with no country joins the
    /// last of that name.
    func key(forUnknown name: String, type: EntityType, code: String?) -> String {
        let normalised = ActorDictionary.key(name)
        if type == .PER {
            let people = candidates.reversed().filter { $0.type == .PER && $0.mention.kind == .name }
            let mine = normalised.split(separator: " ")
            for candidate in people {
                let known = ActorDictionary.key(candidate.name).split(separator: " ")
                if let last = mine.last, known.last == last, mine.count <= known.count || known.count == 1 { return candidate.key }
            }
            // A family name written first ("Wang" after "Wang Yi", "Xi" after "Xi Jinping").
            if mine.count == 1, let person = people.first(where: { ActorDictionary.key($0.name).split(separator: " ").first == mine[0] }) {
                return person.key
            }
            return "person:\(normalised)"
        }
        if (2...6).contains(name.count), name.allSatisfy({ $0.isUppercase }) {
            for candidate in candidates.reversed() where candidate.mention.kind == .name && Self.initials(candidate.name) == name {
                return candidate.key
            }
        }
        let byName = "name:\(normalised)"
        guard let country = code.flatMap(resolver.country(of:)) else {
            return candidates.last { $0.key == byName || $0.key.hasPrefix(byName + "@") }?.key ?? byName
        }
        let keyed = "\(byName)@\(country)"
        // A name first met with no country keeps its one key.
        return !candidates.contains { $0.key == keyed } && candidates.contains { $0.key == byName } ? byName : keyed
    }
}
