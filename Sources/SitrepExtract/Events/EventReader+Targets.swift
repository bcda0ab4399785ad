import SitrepKnowledge
import SitrepText

extension EventReader {
    /// The object, or a prepositional target of a conflict or contact.
    /// Looked for in the whole clause: the parser often hangs "to Iran" on the object.
    /// An object the pattern names ("celebrated Iftar in …") is what was done, no one it was done
    /// to, unless it is an actor ("killed civilians").
    func defaultTarget(of verb: Int, clause: Clause, objectNamed: Bool = false) -> Int? {
        // "rescheduled his trip to X", "the ambassadors of A and B presented their credentials
        // to Y": the doer, or anyone its own phrase names, is no one else it acts on.
        let agent = arguments.roles(of: verb).agent
        // Not the verb's own words when it modifies the doer ("Wagner fighters killing civilians").
        let doers = Set(agent.map { (agent: Int) -> [Int] in
            let phrase = tree.subtree(of: agent)
            let own = phrase.contains(verb) ? tree.subtree(of: verb) : verb..<verb
            return phrase.filter { !own.contains($0) }.compactMap { arguments.referents[$0] }
        } ?? [])
        // Nor is the doer's own state as the owner of something ("the Kremlin rejected the
        // criticism as interference in Russia's internal affairs").
        let doer = agent.flatMap(arguments.actorHead).map(arguments.nameHead)
        let isDoersState = { (token: Int) -> Bool in self.tree.relation(of: token) == "nmod:poss" && self.isOwnState(token, of: doer) }
        let isOther = { (token: Int) -> Bool in
            !isDoersState(token) && (self.arguments.referents[token].map { !doers.contains($0) } ?? true)
        }
        // "urged both sides to return to talks in Jeddah": the parties addressed, unnamed; no
        // actor named later stands in for them.
        if (tree.objects(of: verb) + tree.children(of: verb, relation: "iobj")).contains(where: { object in
            arguments.isGroup(object) && (tree.lemma(object) == "side" || arguments.isActorLike(object))
        }) { return nil }
        // "warned Greece against attacking …": the one addressed, an indirect object to the parser.
        if !objectNamed, let object = tree.object(of: verb) ?? tree.child(of: verb, relation: "iobj") {
            if let actor = arguments.actorHead(object), isOther(actor) { return actor }
            // "condemned an attack by X": a reaction to an act is aimed at its doer.
            if let doer = tree.children[object].first(where: { tree.marker(of: $0) == "by" }).flatMap(arguments.actorHead) {
                return arguments.nameHead(doer)
            }
        }
        // "granted him asylum": beside the object a pattern names, the one before it receives it.
        if objectNamed, let recipient = (tree.children(of: verb, relation: "iobj") + tree.objects(of: verb).dropLast()).first,
           let actor = arguments.actorHead(recipient), isOther(actor) { return actor }
        // "killed civilians in drone strikes": a named object that is itself an actor is the one
        // acted on, not an actor named after it.
        if objectNamed, let object = tree.object(of: verb), arguments.actorHead(object) == object, hasCode(object),
           isOther(object) { return object }
        // "seized an Iranian oil cargo": whose the named thing is ("expelled Russian diplomats"
        // expels the diplomats themselves).
        if objectNamed, let object = tree.object(of: verb), !hasCode(object), let owner = owner(of: object), isOther(owner),
           arguments.referents[owner] != arguments.referents[object] { return owner }
        // "arming and funding various groups": the object is shared with the coordinated verb.
        if tree.object(of: verb) == nil, let next = tree.children(of: verb, relation: "conj").first(where: { document.upos[$0] == .VERB }),
           let object = tree.object(of: next), let actor = arguments.actorHead(object) { return actor }
        let after = clause.tokens.filter { $0 > verb && [.NOUN, .PROPN].contains(document.upos[$0]) && !liesAside($0, from: verb) }
        let nominals = after.filter { arguments.isActorLike($0) && arguments.nameHead($0) == $0 && isOther($0) }
        // "aid to the Ithilen villages": the phrase a target preposition marks, or whose it is.
        let marked = after.lazy.filter { Self.targetPrepositions.contains(self.tree.marker(of: $0) ?? "") }.compactMap(arguments.actorHead).filter(isOther)
        return marked.first
            // As TABARI reads it: the first actor after the verb ("clashed over the efforts of X").
            ?? nominals.first { tree.marker(of: $0) != "by" && arguments.referents[$0] != nil }
            ?? embeddedTarget(of: verb).flatMap { isDoersState($0) ? nil : $0 }
    }

    /// Whether a word lies in a phrase that does not say whom the verb's act was done to: one
    /// that says why ("in exchange for 30 Palestinian prisoners", "in protest at a security
    /// pact"), or a relative clause whose own verb acts on it ("agreed … after a conflict that
    /// has killed hundreds of thousands of people"), or an attribution ("…, officials said",
    /// "according to a monitoring group"), or what a thing is made of ("a joint drill
    /// involving a U.S. bomber"), where words were said ("claimed responsibility in a
    /// statement on its radio station"), or the place a missile was launched from ("launched
    /// from the Sariwon area"), or the doer of a participle describing an adjunct ("in a deal
    /// brokered by the UAE").
    func liesAside(_ token: Int, from verb: Int) -> Bool {
        if tree.attributionSpeakers.contains(token) { return true }
        let isPlace = Self.launching.contains(tree.lemma(verb)) && arguments.referents[token].map { document.referents[$0].type == .LOC } ?? false
        var current = token
        while current != verb, let head = tree.head(of: current) {
            if isPlace, tree.marker(of: current) == "from", head == verb { return true }
            if tree.marker(of: current) == "according" { return true }
            if tree.marker(of: current) == "in", Self.reasonNouns.contains(tree.lemma(current)) { return true }
            if ["in", "on"].contains(tree.marker(of: current) ?? ""), Self.saidIn.contains(tree.lemma(current)),
               ParsedText.isSpeaking(tree.lemma(verb)) { return true }
            if isRelativeClause(current) { return true }
            if tree.relation(of: current) == "acl", Self.makeUpVerbs.contains(tree.lemma(current)) { return true }
            // "exchanged prisoners in a deal brokered by the UAE": the doer of a participle
            // describing a noun in an adjunct did that, not what the verb says (unlike "welcomed
            // memos sent by X", whose sender the object names).
            if tree.relation(of: current) == "obl:agent", tree.relation(of: head) == "acl", head != verb,
               let noun = tree.head(of: head), ["obl", "nmod"].contains(tree.relation(of: noun)) { return true }
            current = head
        }
        return false
    }

    /// A relative clause with its relative pronoun for an argument. A "that" clause read as one
    /// but with a subject besides "that" says what a noun holds ("hopes that Osgiliath could be
    /// drawn in"), and its words may be the target.
    private func isRelativeClause(_ clause: Int) -> Bool {
        guard tree.relation(of: clause) == "acl:relcl" else { return false }
        let subjects = tree.children[clause].filter { tree.relation(of: $0).hasPrefix("nsubj") }
        return tree.children[clause].contains { word in
            Arguments.relativePronouns.contains(tree.lemma(word)) && tree.relation(of: word) != "mark"
                && !(subjects.contains(word) && subjects.count > 1)
        }
    }

    /// Where words are said: "in a statement", "on its radio station".
    static let saidIn = ReportingVerbs.statementNouns.union(ReportingVerbs.channelNouns).union([
        "station", "website", "channel", "account", "page", "radio", "television", "outlet", "platform", "app",
    ])
    static let launching: Set<String> = ["launch", "fire", "shoot"]
    static let makeUpVerbs: Set<String> = ["involve", "feature", "comprise"]
    static let reasonNouns: Set<String> = ["exchange", "return", "response", "retaliation", "reply", "protest", "solidarity", "revenge"]
    static let targetPrepositions: Set<String> = ["against", "on", "to", "with", "at", "toward", "towards", "for", "into"]

    /// The coded place a visit goes to: "arrived in Beijing", "flew to Kyiv".
    func visitedPlace(in clause: Clause) -> Int? {
        clause.tokens.first { token in
            ["in", "to", "at"].contains(tree.marker(of: token) ?? "") && document.upos[token] == .PROPN
                && arguments.referents[token].map { document.referents[$0].code != nil } == true
        }
    }

    /// A named actor the clause reaches only through an embedded clause: inside the object's
    /// own modifiers ("cordoned off the roads leading into X", "welcomed memos sent by X"), or
    /// the subject of what the verb says of someone ("believes X can cope", "allowed that X
    /// isn't …"). Named actors only: a description there is too often someone else.
    private func embeddedTarget(of verb: Int) -> Int? {
        let named = { (token: Int) -> Bool in
            (self.arguments.referents[token] != nil && self.document.upos[token] == .NOUN || self.document.upos[token] == .PROPN)
                && self.tree.relation(of: token) != "compound" && self.arguments.nameHead(token) == token
                && !TimeExpressions.isTimeWord(self.tree.lemma(token))
        }
        for object in tree.children[verb] where ["obj", "obl"].contains(tree.relation(of: object)) && tree.marker(of: object) != "by" {
            if let actor = tree.subtree(of: object).first(where: { $0 != object && named($0) && !liesAside($0, from: verb) }) { return actor }
        }
        // "signed an accord to supply X with wheat": whom the thing done is for, the purpose names.
        if tree.object(of: verb) != nil, let purpose = tree.children(of: verb, relation: "advcl").first(where: { tree.marker(of: $0) == "to" }),
           let object = tree.object(of: purpose), named(object) { return object }
        guard !ModalityReader.threatening.contains(tree.lemma(verb)), !Self.passingOn.contains(tree.lemma(verb)),
              let content = tree.child(of: verb, relation: "ccomp"),
              let subject = tree.subject(of: content)?.token, named(subject) else { return nil }
        return subject
    }

    /// Whom a warning's content threatens: the subject of a passive content, else of its condition ("… if Z imposed
    /// penalties"), else the target of the force it announces ("Y would strike Z"), else the
    /// party it says will suffer ("Z would face consequences").
    func threatened(by content: Int) -> Int? {
        // "… that Y will not be spared if …": a passive content's subject is the one threatened.
        if tree.isPassive(content), let patient = tree.subject(of: content).flatMap({ arguments.actorHead($0.token) }) { return patient }
        let conditions = tree.children(of: content, relation: "advcl").filter { ["if", "unless", "should"].contains(tree.marker(of: $0) ?? "") }
        if let subject = conditions.lazy.compactMap({ self.tree.subject(of: $0)?.token }).compactMap(arguments.actorHead).first { return subject }
        return forceTarget(of: content) ?? tree.subject(of: content).flatMap { arguments.actorHead($0.token) }
    }

    /// The target of the force a content announces ("it would strike Z"), if it announces force.
    func forceTarget(of content: Int) -> Int? {
        guard let (pattern, _) = choose(content, Clause(content, in: tree)), let code = pattern.code,
              let root = Int(CameoOntology.root(code)), root >= 15 else { return nil }
        return defaultTarget(of: content, clause: Clause(content, in: tree))
    }

    /// The forces a verb moves: its object, or the subject of its passive ("900 troops were sent").
    /// With `equipment`, for a deployment, also what forces move in ("deployed dozens of
    /// warplanes"); sent to someone, those are arms given ("send tanks to Ukraine").
    func movedForces(_ verb: Int, equipment: Bool = false) -> Int? {
        var moved = tree.object(of: verb) ?? (tree.isPassive(verb) ? tree.subject(of: verb)?.token : nil)
        // "deployed dozens of warplanes": the things counted.
        if let count = moved, Arguments.countNouns.contains(tree.lemma(count)),
           let counted = tree.children(of: count, relation: "nmod").first(where: { tree.marker(of: $0) == "of" }) { moved = counted }
        return moved.flatMap { token in
            // The lemmatizer leaves some plurals as they are ("troops").
            let lemma = tree.lemma(token)
            let kinds = equipment ? Self.forces.union(Self.equipment) : Self.forces
            return kinds.contains(lemma) || (lemma.hasSuffix("s") && kinds.contains(String(lemma.dropLast()))) ? token : nil
        }
    }

    /// Whose forces they are: "U.S." in "U.S. troops", "Russian" in "Russian soldiers", else
    /// the forces themselves when they are an actor.
    func forcesState(_ forces: Int) -> Int? {
        owner(of: forces) ?? (arguments.isActorLike(forces) ? forces : nil)
    }

    /// The actor a noun's own modifiers say it belongs to: "Hezbollah" in "Hezbollah targets",
    /// "Russian" in "Russian positions", "Iran's" in "Iran's bases".
    func owner(of noun: Int) -> Int? {
        tree.children[noun].first { child in
            ["compound", "amod", "nmod:poss"].contains(tree.relation(of: child)) && arguments.referents[child] != nil
        }
    }

    /// A frame's place target ("strike targets in +") yields to the owner the struck things
    /// name ("struck Hezbollah targets in southern Lebanon" strikes Hezbollah, in Lebanon).
    func ownedTarget(of verb: Int, placeTarget: Int) -> Int? {
        guard Arguments.placeMarkers.contains(tree.marker(of: placeTarget) ?? ""), let object = tree.object(of: verb),
              let owner = owner(of: object), hasCode(owner) else { return nil }
        return owner
    }
}
