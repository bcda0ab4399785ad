import SitrepText

/// Finds who did it and to whom: the words of each argument, the subject a verb shares with
/// the verb it depends on, and whether a phrase can be an actor at all.
struct Arguments {
    let tree: ParsedText
    /// Referent of each token once actors are resolved; all nil before.
    let referents: [Int?]
    /// Tokens inside a recognised entity.
    let inEntity: [Bool]
    /// `isActorLike` answers, kept as they are first asked: the coder asks of the same words
    /// many times per verb.
    private let actorLike: Memo

    private final class Memo {
        var answers: [Bool?]
        init(count: Int) { answers = [Bool?](repeating: nil, count: count) }
    }

    /// Tokens that are event nouns ("attack", "airstrikes").
    let eventNouns: [Bool]

    init(_ tree: ParsedText, eventNouns: [Bool]) {
        self.tree = tree
        self.eventNouns = eventNouns
        referents = tree.document.referentOfToken()
        var inEntity = [Bool](repeating: false, count: tree.document.tokens.count)
        for entity in tree.document.entities {
            for token in entity.tokens where token < inEntity.count { inEntity[token] = true }
        }
        self.inEntity = inEntity
        actorLike = Memo(count: tree.document.tokens.count)
    }

    /// Nouns that name actors even without a name: "forces", "officials", "the aide".
    static let agentNouns: Set<String> = [
        "force", "troop", "soldier", "military", "army", "navy", "police", "government", "official", "authority",
        "administration", "regime", "militant", "rebel", "insurgent", "fighter", "group", "militia", "leader",
        "president", "minister", "spokesman", "spokeswoman", "spokesperson", "aide", "team", "ministry", "agency",
        "protester", "demonstrator", "contractor", "civilian", "diplomat", "ambassador", "envoy", "official",
        "commander", "parliament", "lawmaker", "party", "opposition", "court", "judge", "prosecutor", "coalition",
        "ally", "neighbour", "neighbor", "country", "state", "nation", "people", "terrorist", "gunman", "attacker",
        "worker", "student", "journalist", "personnel", "mission", "delegation", "embassy", "cabinet", "council",
        "king", "prince", "prime", "chancellor", "general", "colonel", "bishop", "pope", "security",
        "deputy", "secretary", "chief", "director", "governor", "mayor", "senator", "premier", "speaker",
    ]
    static let relativePronouns: Set<String> = ["that", "which", "who", "whom"]
    /// Words that take a share of a group: "some of the hostages", "most of them".
    static let partitives: Set<String> = ["some", "many", "several", "most", "all", "none", "few", "both", "each", "any", "one"]
    static let countNouns: Set<String> = ["hundred", "thousand", "dozen", "score", "ten", "million", "number", "group", "crowd", "network", "series", "string", "handful", "pair", "batch"]

    /// Who does and who undergoes what a verb says: the agent (the subject, or "by X" in the
    /// passive) and, in the passive, the patient (the surface subject). Subjects are shared
    /// with the verb a clause depends on ("… and has conducted", "warning that …", "vowed to
    /// eliminate", "continue to be targeted", "a drone attack that killed").
    func roles(of verb: Int) -> (agent: Int?, patient: Int?) {
        let surface = surfaceSubject(of: verb)
        guard tree.isPassive(verb) else { return (surface, nil) }
        // "prisoners freed by Israel": a participle's noun undergoes it.
        let patient = surface ?? (tree.relation(of: verb) == "acl" ? tree.head(of: verb) : nil)
        return (tree.children(of: verb, relation: "obl:agent").first ?? agentByPhrase(verb), patient)
    }

    private func surfaceSubject(of verb: Int) -> Int? {
        var current = verb
        for _ in 0..<4 {
            if let subject = tree.subject(of: current)?.token {
                if Self.relativePronouns.contains(tree.lemma(subject)), tree.relation(of: current) == "acl:relcl",
                   let antecedent = antecedent(of: current) { return antecedent }
                // "The lions and Gondor welcomed …": of coordinated subjects, the first actor acts;
                // one an actor owns ("Ithilen's sheep and …") is that actor's.
                guard !isActorLike(subject), actorHead(subject) == nil else { return subject }
                return expanded(subject).first { $0 != subject && isActorLike($0) } ?? subject
            }
            if let content = tree.attributedClause(ofParticiple: current) {
                current = content
                continue
            }
            // "Suspected jihadists killed 14 soldiers …, the army said", parsed as a reduced
            // relative: a participle clause with an object is active, so its noun is the doer.
            if tree.relation(of: current) == "acl", tree.child(of: current, relation: "obj") != nil,
               let noun = tree.head(of: current) { return noun }
            guard let head = tree.coordinationHead(of: current) else { return namesBeforeParticiple(current) ?? phraseBefore(current) }
            switch tree.relation(of: current) {
            case "xcomp":
                if let object = tree.child(of: head, relation: "obj") { return object }
            case "conj":
                // "… confirmed the strike but declined to comment" shares the reporter's subject;
                // a second report ("… and warned that …") and a conjunct with words of its own
                // before the verb ("revealed that 900 troops have been deployed", misparsed) do not.
                if ModalityReader.reporting.contains(tree.lemma(head)),
                   tree.child(of: current, relation: "ccomp") != nil || !isVerbPhrase(current) { return nil }
                // A conjunct hung on what a report says may belong to the reporting clause.
                if let reporter = tree.reporter(ofMisplacedConjunct: current) {
                    current = reporter
                    continue
                }
                if let subject = subjectOfSubordinate(current) { return subject }
            case "ccomp":
                // "said its troops had arrested …" with "troops" parsed as the object of "said".
                if ModalityReader.reporting.contains(tree.lemma(head)), let object = tree.tree.objectBefore(content: current, of: head) { return object }
                // "Police … dispersed protesters, detaining 48 people, the ministry said" with the
                // participle parsed as what was said and "said" joined to the clause before:
                // the participle is that clause's, and so is its subject.
                if tree.document.xpos[current] == "VBG", current < head, tree.relation(of: head) == "conj",
                   ModalityReader.reporting.contains(tree.lemma(head)), let clause = tree.head(of: head), clause < current {
                    current = clause
                    continue
                }
                return nil
            case "advcl":
                if let mark = tree.marker(of: current), !["while", "after", "before", "by", "to"].contains(mark) { return nil }
                // "ambushed a convoy carrying food …, killing a driver": a participle after a comma
                // that the parser hung on a participle describing a noun is the clause's whose verb
                // governs that noun.
                if tree.marker(of: current) == nil, tree.document.xpos[current] == "VBG", current > 0, tree.forms[current - 1] == ",",
                   tree.relation(of: head) == "acl", let noun = tree.head(of: head), let clause = tree.head(of: noun),
                   tree.document.upos[clause] == .VERB, clause < noun {
                    current = clause
                    continue
                }
                // "were displaced by fighting": a passive's subject suffers what its "by" clause
                // does, no one doing it; "had been hit by Israeli fire, wounding three
                // peacekeepers": what follows a passive is done by its doer, if it names one.
                if !tree.children(of: head, relation: "aux:pass").isEmpty {
                    if tree.marker(of: current) == "by" { return nil }
                    if tree.marker(of: current) == nil, tree.document.xpos[current] == "VBG" {
                        return tree.children(of: head, relation: "obl:agent").first
                    }
                }
            default:
                return nil
            }
            current = head
        }
        return nil
    }

    /// The noun a relative clause describes: the one the parse hangs it on, unless that is a
    /// place in the phrase of an act ("an attack on U.S. troops in Jordan that killed three
    /// soldiers": the attack killed them, not Jordan).
    func antecedent(of clause: Int) -> Int? {
        guard let head = tree.head(of: clause) else { return nil }
        guard Self.placeMarkers.contains(tree.marker(of: head) ?? "") else { return head }
        var current = head
        for _ in 0..<5 {
            guard !Self.clauseRelations.contains(tree.relation(of: current)), let up = tree.head(of: current) else { break }
            if eventNouns[up] { return up }
            current = up
        }
        return head
    }

    /// Prepositions that say where something is: "targets in southern Lebanon", "troops in Jordan".
    static let placeMarkers: Set<String> = ["in", "near", "at", "inside", "outside", "across", "throughout"]
    /// Those that never mark whom an act is aimed at, as "at" may ("fired at", "warned at").
    private static let placeOnlyMarkers = placeMarkers.subtracting(["at"])

    /// A place where something happened, no party to it: "in Washington", "near the border".
    func isPlaceOnly(_ token: Int) -> Bool {
        Self.placeOnlyMarkers.contains(tree.marker(of: token) ?? "")
    }
    /// Relations that leave a phrase for the clause around it.
    static let clauseRelations: Set<String> = ["root", "nsubj", "nsubj:pass", "ccomp", "xcomp", "advcl", "parataxis", "acl:relcl", "conj"]

    /// Whether a conjunct starts at its verb, after nothing but the conjunction, auxiliaries and
    /// adverbs: a coordinated verb phrase, with no subject or "that" of its own.
    private func isVerbPhrase(_ conjunct: Int) -> Bool {
        (tree.subtree(of: conjunct).lowerBound..<conjunct).allSatisfy {
            ["cc", "punct", "advmod", "aux", "aux:pass", "cc:preconj"].contains(tree.relation(of: $0))
        }
    }

    /// "Rohingya fled after the army launched a crackdown", parsed as "fled after the army"
    /// and "launched": the phrase a subordinator marks right before a conjunct with no "and"
    /// of its own is the conjunct's subject, also when the parser hung it on a noun ("threw
    /// stones at the gates before soldiers pushed them back").
    private func subjectOfSubordinate(_ verb: Int) -> Int? {
        guard tree.child(of: verb, relation: "cc") == nil else { return nil }
        return phrasesEnding(before: verb).first {
            ["obl", "nmod"].contains(tree.relation(of: $0)) && IndirectQuotes.adverbialOpeners.contains(tree.marker(of: $0) ?? "")
                && isActorLike($0)
        }
    }

    /// "Mali and Burkina Faso, also run by juntas, warned …", parsed as a participle clause
    /// opening the sentence with the names for its passive subject: the names are the verb's.
    private func namesBeforeParticiple(_ verb: Int) -> Int? {
        tree.children(of: verb, relation: "advcl").lazy.filter { $0 < verb && self.tree.document.xpos[$0] == "VBN" && self.tree.marker(of: $0) == nil }
            .compactMap { participle in
                self.tree.children(of: participle, relation: "nsubj:pass").first { $0 == self.tree.subtree(of: participle).lowerBound }
            }
            .first(where: isActorLike)
    }

    /// The subject the parser lost: the widest unmarked actor phrase ending right before the
    /// main verb ("In response to the statement, an aide to Raisi disputed …", where "an aide"
    /// was attached to "statement").
    private func phraseBefore(_ verb: Int) -> Int? {
        phrasesEnding(before: verb).last { tree.marker(of: $0) == nil && isActorLike($0) }
    }

    /// The phrases of its sentence that end right before `verb` or the adverbs it has there
    /// ("Fano fighters briefly seized"), narrowest first: the word before, then each head
    /// before the verb whose phrase still ends there.
    private func phrasesEnding(before verb: Int) -> [Int] {
        guard let sentence = tree.document.sentenceIndex(ofToken: verb) else { return [] }
        let start = tree.document.sentences[sentence].lowerBound
        var end = verb
        while end > start, tree.head(of: end - 1) == verb, tree.relation(of: end - 1) == "advmod" { end -= 1 }
        var phrases: [Int] = []
        var token = end - 1
        while token >= start, tree.subtree(of: token).upperBound == end {
            phrases.append(token)
            guard let head = tree.head(of: token), head < end else { break }
            token = head
        }
        return phrases
    }

    /// "by X" attached to a passive verb that the parser labelled plain `obl`, or hung on an
    /// adverb of the verb ("was opposed earlier by X") or on the state it ends in ("was shot
    /// dead by police").
    private func agentByPhrase(_ verb: Int) -> Int? {
        let adverbs = tree.children[verb].filter { ["advmod", "xcomp"].contains(tree.relation(of: $0)) && tree.document.upos[$0] != .VERB }
        return ([verb] + adverbs).lazy.flatMap { self.tree.children(of: $0, relation: "obl") }
            .first { self.tree.marker(of: $0) == "by" && self.isActorLike($0) }
    }

    /// Whether the phrase headed by `token` can denote an actor.
    func isActorLike(_ token: Int) -> Bool {
        if let known = actorLike.answers[token] { return known }
        let answer = canBeActor(token)
        actorLike.answers[token] = answer
        return answer
    }

    private func canBeActor(_ token: Int) -> Bool {
        if TimeExpressions.isTimeWord(tree.lemma(token)) { return false }
        if referents[token] != nil || inEntity[token] { return true }
        let upos = tree.document.upos[token]
        if upos == .PROPN { return true }
        if upos == .PRON { return ["he", "she", "they", "we", "i", "you"].contains(tree.lemma(token)) }
        if Self.agentNouns.contains(tree.lemma(token)) { return true }
        return tree.children[token].contains { child in tree.relation(of: child) == "amod" && tree.isCapitalized(child) }
    }

    /// The head of the actor phrase a word is part of: "Osgiliath" in "Osgiliath soldiers" is
    /// the soldiers' modifier, and "Iran" in "Iran's Foreign Minister Hossein Amirabdollahian"
    /// the minister's affiliation: the soldiers and the minister are the actors.
    func nameHead(_ token: Int) -> Int {
        var current = token
        while ["compound", "flat", "flat:name", "nmod:poss"].contains(tree.relation(of: current)), let head = tree.head(of: current),
              [.NOUN, .PROPN].contains(tree.document.upos[head]), isActorLike(head) {
            current = head
        }
        return current
    }

    /// The actor behind a phrase about something it said or did ("Biden's account" → Biden).
    /// Also the actor a thing belongs to by name ("aid to the Ithilen villages", "struck
    /// Hezbollah positions").
    func actorHead(_ token: Int) -> Int? {
        // "Hundreds of people", "dozens of soldiers", "two of Mondlane's aides", "some of the
        // hostages": the people counted.
        let counts = Self.countNouns.contains(tree.lemma(token)) || Self.partitives.contains(tree.lemma(token))
            || tree.document.upos[token] == .NUM
        if counts, let counted = tree.children(of: token, relation: "nmod").first(where: {
            tree.marker(of: $0) == "of" }) { return actorHead(counted) }
        let actorLike = isActorLike(token)
        if actorLike, referents[token] != nil { return token }
        if !actorLike, let possessor = tree.child(of: token, relation: "nmod:poss"), isActorLike(possessor) { return possessor }
        // "Russian missiles", "Hezbollah positions": the actor a modifier names.
        let owner = tree.children[token].first { child in
            ["compound", "amod"].contains(tree.relation(of: child))
                && (referents[child] != nil || (tree.document.upos[child] == .PROPN && tree.isCapitalized(child)))
        }
        if let owner, !actorLike || referents[owner] != nil { return owner }
        if actorLike { return token }
        // "targets belonging to Kurdish militants".
        if let belonging = tree.children(of: token, relation: "acl").first(where: { tree.lemma($0) == "belong" }),
           let holder = tree.children(of: belonging, relation: "obl").first(where: { tree.marker(of: $0) == "to" }) {
            return actorHead(holder)
        }
        // "positions of Hezbollah", "goats of Gondor": the actor named after "of", as before the
        // noun; not when the noun's own name follows ("Co-founder of Google, Sergey Brin,"),
        // whichever word the parser hung it on. Members act for a body however it is named:
        // "agents of the intelligence service" (but "users of the schools" are not the schools).
        let isNamed = { (word: Int) in self.tree.children(of: word, relation: "appos").contains { self.tree.document.upos[$0] == .PROPN } }
        guard !isNamed(token) else { return nil }
        let isMember = Self.memberNouns.contains(tree.lemma(token))
        return tree.children(of: token, relation: "nmod").first { child in
            tree.marker(of: child) == "of" && !isNamed(child)
                && (tree.document.upos[child] == .PROPN && tree.isCapitalized(child) || isMember && referents[child] != nil)
        }
    }

    /// The argument and those coordinated with it or listed as included ("Iran and its allies,
    /// including Lebanese Hezbollah").
    func expanded(_ argument: Int) -> [Int] {
        // "Old foes Gondor and Osgiliath": the names in apposition are the actors, not the description.
        let described = referents[argument] == nil && tree.document.upos[argument] == .NOUN
            ? tree.children(of: argument, relation: "appos").first { tree.document.upos[$0] == .PROPN && isActorLike($0) } ?? argument
            : argument
        let head = coordinatedOwner(of: described) ?? firstAffiliation(of: described) ?? described
        var heads = [head]
        var holders = [head]
        // "Iran's missiles and Hezbollah rockets", "Ithilen's sheep and goats of Gondor": an
        // owner stands for the thing it owns, whose conjuncts name their own owners.
        if ["nmod:poss", "compound", "amod"].contains(tree.relation(of: head)), let owned = tree.head(of: head),
           !isActorLike(owned), actorHead(owned) == head {
            holders += tree.children(of: owned, relation: "conj")
        }
        // "messages to Iran and its allies" parsed with "allies" coordinated to "messages".
        if let parent = tree.head(of: head) {
            let end = phrase(of: head).upperBound
            holders += tree.children(of: parent, relation: "conj").filter { conj in
                conj > head && (end..<tree.phrase(of: conj).lowerBound).allSatisfy { [.CCONJ, .PUNCT].contains(tree.document.upos[$0]) }
            }
        }
        // "The lions and the evil Gondor welcomed …" parsed as two subjects of one verb: a
        // coordination the parser did not link.
        if tree.relation(of: head) == "nsubj", let verb = tree.head(of: head) {
            let end = tree.subtree(of: head).upperBound
            holders += tree.children(of: verb, relation: "nsubj").filter { other in
                let start = tree.phrase(of: other).lowerBound
                guard other > head, start >= end else { return false }
                return (end..<start).contains { tree.document.upos[$0] == .CCONJ }
                    && (end..<start).allSatisfy { [.CCONJ, .PUNCT].contains(tree.document.upos[$0]) }
            }
        }
        for holder in holders.dropFirst() { if let actor = actorHead(holder) { heads.append(actor) } }
        // "arming groups, including Hezbollah" with "including Hezbollah" hung on a verb above.
        var above = tree.head(of: head)
        for _ in 0..<2 {
            guard let verb = above else { break }
            heads += tree.children[verb].filter { $0 > head && tree.marker(of: $0) == "including" }.compactMap(actorHead)
            above = tree.head(of: verb)
        }
        // Conjuncts of conjuncts too: "Mordor, Rohan, Fornost and Bree" as the parser chains them.
        var pending = holders.flatMap { tree.children[$0] }
        var visited = Set(heads)
        while let child = pending.popLast() {
            let relation = tree.relation(of: child)
            guard (relation == "conj" && isListed(child)) || (relation.hasPrefix("nmod") && tree.marker(of: child) == "including")
                    || (relation == "appos" && tree.document.upos[child] == .PROPN),
                  visited.insert(child).inserted else { continue }
            if let actor = actorHead(child) { heads.append(actor) }
            if relation == "conj" || relation == "appos" { pending += tree.children[child] }
        }
        return heads.sorted()
    }

    /// A conjunct of a list that has its "and" or "or": "Ukraine, Chancellor Olaf Scholz said"
    /// parsed as a coordination is none.
    private func isListed(_ conjunct: Int) -> Bool {
        guard let head = tree.head(of: conjunct) else { return false }
        return tree.subtree(of: head).contains { tree.document.upos[$0] == .CCONJ }
    }

    static let trimmed: Set<String> = [
        "acl", "acl:relcl", "appos", "punct", "parataxis", "conj", "cc", "advcl", "dep", "list", "case", "mark", "nmod:tmod", "obl:tmod",
    ]
    /// Prepositional modifiers that stay in an actor's phrase ("an aide to Raisi", "the
    /// Iranian mission to the United Nations"); others are usually misattached.
    static let keptPrepositions: Set<String> = ["of", "to", "for", "from"]

    /// The words of an argument: its phrase without relative clauses, appositions and
    /// coordinated phrases.
    func phrase(of head: Int) -> Range<Int> {
        var low = head
        var high = head
        for child in tree.children[head] where !Self.trimmed.contains(tree.relation(of: child)) {
            // A possessor stays ("Dagolath's first Deputy Prime Minister").
            if tree.relation(of: child).hasPrefix("nmod"), tree.relation(of: child) != "nmod:poss", TimeExpressions.isTimeWord(tree.lemma(child))
                || tree.marker(of: child).map({ !Self.keptPrepositions.contains($0) && !isPlaced(head, in: child) }) == true { continue }
            // "accused its northern neighbour of hostile acts": the charge is no part of the accused.
            if tree.marker(of: child) == "of", isAccused(head) { continue }
            let range = tree.phrase(of: child)
            low = min(low, range.lowerBound)
            high = max(high, range.upperBound - 1)
        }
        return low..<(high + 1)
    }

    private func isAccused(_ token: Int) -> Bool {
        tree.relation(of: token) == "obj" && tree.head(of: token).map { Self.accusingVerbs.contains(tree.lemma($0)) } == true
    }

    static let accusingVerbs: Set<String> = ["accuse", "charge", "suspect", "convict", "acquit"]

    /// "Human rights activists in Arnor", "police in Paris": an unnamed agent is the place's,
    /// so the place is part of its words.
    private func isPlaced(_ head: Int, in child: Int) -> Bool {
        tree.marker(of: child) == "in" && tree.document.upos[head] == .NOUN && tree.document.upos[child] == .PROPN
            && referents[child] != nil && isActorLike(head)
    }

    func argument(_ head: Int, inferred: Bool = false) -> Event.Argument {
        var range = phrase(of: head)
        // "Gondor" of "Lawmakers in Fornost and Gondor": the words run from the agent noun.
        if let agent = affiliatedAgent(of: head) { range = min(phrase(of: agent).lowerBound, range.lowerBound)..<range.upperBound }
        // "Dagolath's first Deputy Prime Minister Telemar" parsed as two subjects side by side:
        // one phrase, the parser's split notwithstanding.
        if tree.relation(of: head) == "nsubj", let verb = tree.head(of: head) {
            let subjects = tree.children(of: verb, relation: "nsubj")
            if let next = subjects.first(where: { phrase(of: $0).lowerBound == range.upperBound }) {
                range = range.lowerBound..<phrase(of: next).upperBound
            }
            if let before = subjects.first(where: { phrase(of: $0).upperBound == range.lowerBound }) {
                range = phrase(of: before).lowerBound..<range.upperBound
            }
        }
        // Leading function words go, and "least" whose "at" did ("at least 12 civilians"), as the
        // resolver names the actor.
        while range.count > 1, [.ADP, .SCONJ, .PUNCT, .CCONJ].contains(tree.document.upos[range.lowerBound])
            || (range.lowerBound > 0 && ["least", "most"].contains(tree.lemma(range.lowerBound)) && tree.lemma(range.lowerBound - 1) == "at") {
            range = (range.lowerBound + 1)..<range.upperBound
        }
        // The actor is the head's, or that of its own name ("President" "Joe" "Biden"), not
        // of a phrase inside it ("an aide to Iran's President" is not Iran).
        // Of several, the one most of the name's words belong to: "Ukrainian President Volodymyr
        // Zelenskiy" parsed with "Ukrainian" as its head is Zelenskiy, not Ukraine.
        let parts = Set(tree.children[head].filter { ["flat", "compound", "nmod:desc", "flat:name"].contains(tree.relation(of: $0)) })
        // The name's words run on from the head: a part across a comma is a misparse.
        var name = [head]
        for direction in [-1, 1] {
            var next = head + direction
            while parts.contains(next) || (next >= 0 && next < tree.document.tokens.count && name.contains(tree.head(of: next) ?? -1)
                                           && tree.relation(of: next).hasPrefix("flat")) {
                name.append(next)
                next += direction
            }
        }
        let owners = name.compactMap { self.referents[$0] }
        let referent = isGroup(head) ? nil : owners.max { one, other in
            owners.count { $0 == one } < owners.count { $0 == other }
        }
        return Event.Argument(tokens: range, referent: referent, isInferred: inferred)
    }

    /// "Lawmakers in Fornost and Gondor", "the ambassadors of X, Y and Z": an unnamed agent of
    /// several places or organisations is one actor per affiliation. The first affiliation,
    /// when others are coordinated with it.
    func firstAffiliation(of agent: Int) -> Int? {
        // "U.S. forces in Iraq and Syria" are American wherever they are.
        // Not a word of the agent's own description: "foreign" of "the foreign ministers of X and Y";
        // but a name is: "The United Nations peacekeeping force in Lebanon, UNIFIL" is the UN's.
        let owned = tree.children[agent].contains { child in
            ["compound", "amod", "nmod:poss"].contains(tree.relation(of: child)) && referents[child] != nil
                && (referents[child] != referents[agent] || tree.document.upos[child] == .PROPN)
        }
        guard tree.document.upos[agent] == .NOUN, isActorLike(agent), !owned else { return nil }
        return tree.children[agent].first { child in
            tree.relation(of: child).hasPrefix("nmod") && ["of", "in", "from"].contains(tree.marker(of: child) ?? "")
                && isActorLike(child) && tree.child(of: child, relation: "conj") != nil
        }
    }

    /// "Eriadori and Calenardhon leaders": an unnamed agent of several coordinated names is one
    /// actor per name. The first name, when others are coordinated with it.
    func coordinatedOwner(of agent: Int) -> Int? {
        guard tree.document.upos[agent] == .NOUN else { return nil }
        let isName = { (token: Int) in self.referents[token] != nil && self.tree.isCapitalized(token) }
        return tree.children[agent].first { child in
            ["compound", "amod"].contains(tree.relation(of: child)) && isName(child) && tree.children(of: child, relation: "conj").contains(where: isName)
        }
    }

    /// The agent noun an affiliation belongs to ("Lawmakers" for "Gondor" above).
    func affiliatedAgent(of token: Int) -> Int? {
        var first = token
        while tree.relation(of: first) == "conj", let up = tree.head(of: first) { first = up }
        guard let agent = tree.head(of: first), firstAffiliation(of: agent) == first else { return nil }
        return agent
    }

    /// "the two leaders", "both sides", "all three countries": several actors, which a
    /// resolver may have tied to one of them; such an argument stays unresolved rather than
    /// name one party for all.
    func isGroup(_ head: Int) -> Bool {
        guard tree.document.upos[head] == .NOUN, tree.forms[head] != tree.lemma(head) else { return false }
        // A count without "the" is a group of its own kind: "arrested two journalists".
        let definite = tree.children[head].contains { tree.relation(of: $0) == "det" && tree.lemma($0) == "the" }
        return tree.children[head].contains { child in
            ["det", "nummod", "amod"].contains(tree.relation(of: child)) && Self.groupWords.contains(tree.lemma(child))
                && (definite || !Self.counts.contains(tree.lemma(child)))
        } || tree.lemma(head) == "side"
    }

    static let counts: Set<String> = ["two", "three", "four"]

    /// Nouns for people who act for the body they belong to.
    static let memberNouns: Set<String> = ["agent", "member", "officer", "operative", "employee", "staff", "personnel", "unit", "element"]

    static let groupWords: Set<String> = ["both", "two", "three", "four", "all", "several", "various"]
}
