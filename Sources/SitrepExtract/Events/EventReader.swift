import SitrepKnowledge
import SitrepText

/// Codes one document's events, sentence by sentence: verb triggers and event-noun triggers,
/// then what each event inherits from its context (an agentless passive's source from the
/// sentence before, dates, places, numbers).
final class EventReader {
    let document: Document
    let dictionary: EventDictionary
    let tree: ParsedText
    let arguments: Arguments
    let matcher: FrameMatcher
    let modality: ModalityReader
    /// Each sentence's words, to rule patterns out before matching their frames.
    let vocabularies: [SentenceKeys]
    /// Whether each token is a noun the dictionary has patterns for: asked of a token by
    /// several checks, so looked up once.
    let eventNouns: [Bool]
    private let memo = Memo()

    /// Pattern choices already made in this document.
    private final class Memo {
        var choices: [Int: (EventPattern, FrameMatcher.Binding)?] = [:]
        /// Verbs already read: a complement is read once for the verb it completes, then again in turn.
        var verbs: [Int: [Candidate]] = [:]
    }

    init(document: Document, dictionary: EventDictionary) {
        self.document = document
        self.dictionary = dictionary
        tree = ParsedText(document)
        let lemmas = tree.lemmas
        eventNouns = document.tokens.indices.map { token in
            [.NOUN, .PROPN].contains(document.upos[token]) && dictionary.knows(lemmas[token], .noun)
        }
        arguments = Arguments(tree, eventNouns: eventNouns)
        matcher = FrameMatcher(tree: tree)
        modality = ModalityReader(tree: tree)
        vocabularies = document.sentences.map(tree.vocabulary)
    }

    func vocabulary(of token: Int) -> SentenceKeys {
        document.sentenceIndex(ofToken: token).map { vocabularies[$0] } ?? SentenceKeys([])
    }

    /// An event before its context is added: heads of its arguments, not yet phrases.
    struct Candidate {
        var trigger: Int
        var code: String
        /// The root the trigger codes before modality recodes it ("vowed to eliminate": 19
        /// → 138), for finding the same kind of event in the sentence before.
        var family: String
        var source: Int?
        var target: Int?
        var sourceInferred = false
        var reading: ModalityReader.Reading
        var pattern: EventPattern
        /// Passive without agent, or a noun whose doer the sentence does not name.
        var lacksAgent: Bool
        /// Tokens whose numbers, dates and places belong to the event.
        var scope: [Int]
    }

    /// Prepositions that make an act the means of another: "killed in a strike".
    static let meansMarkers: Set<String> = ["in", "during", "with", "by"]

    /// Verbs that only carry an event noun ("carried out airstrikes", "issued a warning").
    static let supportVerbs: Set<String> = [
        "carry", "conduct", "launch", "stage", "mount", "impose", "issue", "send", "deliver", "make", "give", "unleash",
        "begin", "start", "continue", "resume", "intensify", "step", "escalate", "reiterate", "repeat", "renew", "perpetrate",
        "commit", "lay", "wage", "undertake", "execute", "order", "prepare", "plan", "expand", "extend", "tighten", "broaden", "toughen",
        "approve", "adopt", "announce", "slap",
    ]

    /// Nouns that bundle event nouns without being a trend: "a package of sanctions", "a new
    /// round of strikes"; their verb carries what they bundle.
    static let bundles: Set<String> = ["package", "round", "set", "batch", "raft", "slate", "tranche"]

    /// Verbs that warn: a threat when what they warn of is to come, else a pessimistic comment.
    static let warning: Set<String> = ["warn", "caution"]

    /// Commissive verbs that promise rather than threaten when what they promise is cooperation.
    static let promising: Set<String> = ["pledge", "promise", "vow", "swear", "commit"]

    /// Nouns for armed forces: what a state moves when it deploys rather than gives.
    static let forces: Set<String> = ["troop", "soldier", "force", "unit", "battalion", "brigade", "division", "warship", "ship", "jet", "marine", "reservist", "personnel"]
    /// What forces deploy in besides themselves.
    static let equipment: Set<String> = ["warplane", "aircraft", "plane", "bomber", "helicopter", "drone", "vessel", "tank", "carrier"]

    func events() -> [Event] {
        var events: [Event] = []
        var previous: [Candidate] = []
        let context = EventContext(document: document, tree: tree)
        for sentence in document.sentences {
            var candidates = sentence.flatMap { token -> [Candidate] in
                switch document.upos[token] {
                case .VERB: verbCandidates(token)
                case .NOUN, .PROPN: nounCandidates(token)
                default: []
                }
            }
            // Dates are read only where there are events to date.
            let dates = candidates.contains(where: Self.isReportable) ? context.dates(in: sentence) : []
            for index in candidates.indices where candidates[index].source == nil && candidates[index].lacksAgent {
                // "12 people were killed in Israeli strikes": the act that was the means names the
                // doer, also when hung on a verb joined to this one ("killed and three wounded in an ambush by …").
                let verb = candidates[index].trigger
                let verbs = [verb] + tree.children(of: verb, relation: "conj")
                if let means = candidates.first(where: { tree.head(of: $0.trigger).map(verbs.contains) == true && $0.source != nil
                    && Self.meansMarkers.contains(tree.marker(of: $0.trigger) ?? "") }) {
                    candidates[index].source = means.source
                    continue
                }
                let family = candidates[index].family
                if let earlier = previous.first(where: { $0.family == family && $0.source != nil }) {
                    candidates[index].source = earlier.source
                    candidates[index].sourceInferred = true
                }
            }
            previous = candidates + aggregateMentions(sentence)
            for candidate in candidates where Self.isReportable(candidate) {
                events += context.events(for: candidate, arguments: arguments, dates: dates, sentence: sentence)
            }
        }
        return nearestNumbers(deduplicated(withoutSubsumedNouns(events.filter(namesCodedActor))))
    }

    /// Whether an event names an actor the dictionaries code, as doer or target, or a group of
    /// such actors ("all armed groups", which stands for no one referent). One between people
    /// and things no dictionary knows ("I could just look at them for hours", "the dam gave
    /// way") says nothing of who did what to whom in CAMEO's terms: across the Wikinews
    /// articles 270 of 561 events were such, nearly all chatter.
    private func namesCodedActor(_ event: Event) -> Bool {
        [event.source, event.target].contains { argument in
            guard let argument else { return false }
            let head = argument.tokens.first { token in tree.head(of: token).map { !argument.tokens.contains($0) } ?? true }
            let group = head.flatMap { arguments.isGroup($0) ? arguments.referents[$0] : nil }
            guard let named = argument.referent ?? group else { return false }
            return document.referents[named].code != nil
        }
    }

    /// A number two events of a sentence share belongs to the one whose trigger is nearer
    /// ("airstrikes … following a drone attack that killed five": the attack's).
    private func nearestNumbers(_ events: [Event]) -> [Event] {
        var owner: [Int: Int] = [:]
        for (index, event) in events.enumerated() {
            for quantity in event.quantities {
                let at = document.quantities[quantity].tokens.lowerBound
                if let current = owner[quantity], abs(events[current].trigger.lowerBound - at) <= abs(event.trigger.lowerBound - at) { continue }
                owner[quantity] = index
            }
        }
        return events.enumerated().map { index, event in
            var event = event
            event.quantities = event.quantities.filter { owner[$0] == index }
            return event
        }
    }

    private static func isReportable(_ candidate: Candidate) -> Bool {
        ![.negated, .hypothetical, .conditional].contains(candidate.reading.modality)
    }

    /// Verb triggers: the most specific pattern whose frame is present.
    private func verbCandidates(_ verb: Int) -> [Candidate] {
        if let known = memo.verbs[verb] { return known }
        let found = readVerb(verb)
        memo.verbs[verb] = found
        return found
    }

    private func readVerb(_ verb: Int) -> [Candidate] {
        if tree.tree.isModifierAfterArticle(verb) { return [] }
        let clause = Clause(verb, in: tree)
        guard let (pattern, frame) = choose(verb, clause), var code = pattern.code, !isComplementOfPattern(verb) else { return [] }
        // "carried out airstrikes": the noun codes the event. Violence done to what the noun
        // names ("shot down three drones", "repelled the attack") is an act of its own.
        if let object = tree.object(of: verb), isEventNoun(object) || bundlesEventNoun(object),
           Self.supportVerbs.contains(tree.lemma(verb))
            || (!pattern.elements.isEmpty && pattern.elements.allSatisfy({ $0.role != nil || $0.slot == .particle }) && !Self.isViolent(code)) {
            return []
        }
        var reading = modality.read(verb, futureAsIntent: announces(code, by: verb))
        // A pattern that names the negation in a frame of its own ("&NEGATVAUXVRB * OVER
        // EFFORTS") codes the negated act itself; a bare "NOT *" is too loose to trust.
        if reading.modality == .negated, pattern.specificity > 2, pattern.elements.contains(where: { $0.slot == .before && $0.words.contains { $0.split(separator: " ").contains { ["not", "n't", "never", "no"].contains($0) } } }) {
            reading.modality = .asserted
        }
        let family = CameoOntology.root(code)
        // "civilians killed by Russian troops", "activists detained by police": a participle
        // with its doer describes its noun by a real act when the act is force or an arrest;
        // "territory controlled by the Taliban", "prisoners held by Israel" only describe.
        if tree.relation(of: verb) == "acl", tree.isPassive(verb), !Self.isViolent(code), code != "173" { return [] }
        if reading.modality == .threatened, let threat = CameoOntology.threat(toDo: code) { code = threat }
        // "pledged to coordinate": a promise of cooperation is an intent, not a threat.
        if reading.modality == .threatened, let root = Int(family), root <= 8, let vow = reading.threateningVerb,
           Self.promising.contains(tree.lemma(vow)) {
            reading.modality = .planned
            reading.isIntent = true
        }
        announced(&reading, &code)
        if insideThreat(verb) || isAllegation(verb) || isSourcingFormula(verb) || describesEventNoun(verb) || isPurpose(verb)
            || yieldsToComplement(verb) { return [] }
        let roles = arguments.roles(of: verb)
        let agent = roles.agent.flatMap(arguments.actorHead)
        // A frame whose doer names no actor ("+ shot down $ drone" with no owner named) says
        // nothing of who did what to whom: the clause's own subject and object do. Nor does a
        // target that is no actor ("accused the forces … in +" binding a town with no code).
        var binding = frame
        if let bound = binding.source, !(arguments.actorHead(bound).map(hasCode) ?? false) {
            binding.source = nil
            binding.target = nil
        }
        if let bound = binding.target, !(arguments.actorHead(bound).map(hasCode) ?? false) {
            // "They came on motorcycles": a visit whose frame finds no one and no place it goes to is none.
            if code == "042" { return [] }
            binding.target = nil
        }
        if let bound = binding.target, let owner = ownedTarget(of: verb, placeTarget: bound) { binding.target = owner }
        // "^gunmen in=$" codes the place's country as the doer when the subject is no actor;
        // a subject resolved to a coded actor ("a suicide bomber") is the doer itself.
        var source = (agent.flatMap { hasCode($0) && binding.target != $0 ? $0 : nil } ?? binding.source.flatMap(arguments.actorHead).map(holder) ?? agent)
            .map(arguments.nameHead)
        var target = (binding.target.flatMap(arguments.actorHead).map(holder) ?? roles.patient.flatMap(arguments.actorHead)
            ?? binding.particle.flatMap(tree.head).flatMap(arguments.actorHead)
            ?? binding.complement.flatMap { tree.child(of: $0, relation: "obj") }.flatMap(arguments.actorHead)
            ?? defaultTarget(of: verb, clause: clause, objectNamed: pattern.elements.contains { $0.slot == .object && !$0.words.isEmpty }))
            .map(arguments.nameHead)
        if CameoOntology.root(code) == "13", let content = tree.child(of: verb, relation: "ccomp") {
            // "warned Lebanon that it would strike Beirut": the threat is of the strike, on Beirut.
            if let struck = forceTarget(of: content) {
                target = struck
                code = "138"
            } else if pattern.elements.isEmpty, target == nil, Self.warning.contains(tree.lemma(verb)), !modality.foretells(content) {
                // "warned that the supplies were far from enough": a warning of how things are,
                // which says nothing anyone will do, is a pessimistic comment.
                code = "012"
            } else if target == nil {
                // "Erdogan vowed that Turkey would not bow to terrorism": his own country is no one he threatens.
                target = threatened(by: content).flatMap { isOwnState($0, of: source) ? nil : $0 }
            }
        }
        // "sent 10,000 troops to the border", "troops were deployed to the region": forces
        // moved are a show of force (154) with no one to receive it, not aid. Other aid
        // without a recipient is no event.
        let givesOrMoves = code.hasPrefix("07") || code.hasPrefix("033")
        if givesOrMoves || family == "15", let moved = movedForces(verb, equipment: family == "15") {
            if givesOrMoves { code = "154" }
            if givesOrMoves || target.map({ tree.subtree(of: moved).contains($0) }) == true { target = nil }
            // "900 U.S. troops have been deployed": unless the text names who sent them, their state did.
            if source == nil { source = forcesState(moved) }
        } else if givesOrMoves, target == nil {
            return []
        }
        if reading.modality == .reported, reading.reportingVerb == nil { reading.modality = .asserted }
        // "Shelling killed three civilians": an act whose subject is another act names no doer.
        let agentless = source == nil && (tree.isPassive(verb) || tree.subject(of: verb).map { isEventNoun($0.token) } == true)
        var candidate = Candidate(trigger: reading.threateningVerb ?? verb, code: code, family: family, source: source, target: target,
                                  reading: reading, pattern: pattern, lacksAgent: agentless, scope: clause.tokens)
        if candidate.target == candidate.source { candidate.target = nil }
        // A verb says who acted; without a subject only an agentless passive is an event.
        guard candidate.source != nil || (agentless && candidate.target != nil) else { return [] }
        // Consulting and visiting need someone to consult or somewhere to visit: "the
        // assailants arrived on motorbikes" is no visit; "arrived in Beijing" visits China.
        if family == "04", candidate.target == nil {
            guard let visited = visitedPlace(in: clause) else { return [] }
            candidate.target = visited
        }
        var result = counted(candidate, verb: verb)
        // A relative clause describes its antecedent ("Russia, which has deployed …"): the
        // antecedent is the doer, and the clause does not also code the converse event. Nor do
        // coordinated parties and the place where they acted ("Armenia and Azerbaijan signed a
        // peace agreement in Washington"): they act on each other (`EventContext`).
        // Nor do coordinated parties that exchange something: they already act on each other.
        if let reverse = pattern.reverseCode, let source, let target, tree.relation(of: verb) != "acl:relcl",
           !((arguments.isPlaceOnly(target) || EventContext.reciprocalVerbs.contains(tree.lemma(verb))) && arguments.expanded(source).count > 1) {
            result.append(Candidate(trigger: verb, code: reverse, family: CameoOntology.root(reverse), source: target, target: source,
                                    reading: reading, pattern: pattern, lacksAgent: false, scope: clause.tokens))
        }
        return result
    }

    /// Whether "said it would …" announces the act as the speaker's own: cooperation it
    /// intends ("said it would send aid"), or conflict it threatens when the one to act is the
    /// speaker ("said it would impose sanctions"; not "said Russia would attack").
    func announces(_ code: String, by verb: Int) -> Bool {
        if CameoOntology.intent(toDo: code) != nil { return true }
        guard CameoOntology.threat(toDo: code) != nil, let subject = tree.subject(of: verb)?.token else { return false }
        return Self.speakerPronouns.contains(tree.lemma(subject))
    }

    static let speakerPronouns: Set<String> = ["it", "they", "we", "he", "she", "i"]

    /// An announced act is the speaker's intent (03x) or threat (13x).
    func announced(_ reading: inout ModalityReader.Reading, _ code: inout String) {
        guard reading.isIntent else { return }
        if let intent = CameoOntology.intent(toDo: code) {
            code = intent
        } else if let threat = CameoOntology.threat(toDo: code) {
            code = threat
            reading.modality = .threatened
            reading.isIntent = false
        }
    }

    /// The coded actor a bound place belongs to: "with police in Nairobi" binds "Nairobi",
    /// which only says where the police are.
    private func holder(_ token: Int) -> Int {
        guard tree.relation(of: token) == "nmod", let head = tree.head(of: token), arguments.isActorLike(head), hasCode(head),
              let outer = arguments.referents[head], document.referents[outer].mentions.contains(where: { $0.tokens.contains(token) })
        else { return token }
        return head
    }

    /// Whether `token` names the bare state (its code is its country's) that `actor` belongs
    /// to; civilians (CVL) are no state.
    func isOwnState(_ token: Int, of actor: Int?) -> Bool {
        guard let actor, let referent = arguments.referents[token], let state = document.referents[referent].code,
              state == document.referents[referent].country, let own = code(of: actor) else { return false }
        return own.hasPrefix(state)
    }

    private func code(of token: Int) -> String? {
        arguments.referents[token].flatMap { document.referents[$0].code }
    }

    func hasCode(_ token: Int) -> Bool {
        code(of: token) != nil
    }

    /// The most specific pattern whose frame is present, remembered per trigger (a verb is
    /// asked about again when the verbs around it are coded).
    func choose(_ trigger: Int, _ clause: @autoclosure () -> Clause, _ partOfSpeech: EventPattern.PartOfSpeech = .verb) -> (EventPattern, FrameMatcher.Binding)? {
        if let known = memo.choices[trigger] { return known }
        let clause = clause()
        // A dictionary may list an inflected form on its own ("LEFT" apart from "LEAVE"); its
        // patterns come first, then the lemma's ("attacked and" must not hide "attack").
        let form = tree.forms[trigger], lemma = tree.lemma(trigger)
        let keys = vocabulary(of: trigger)
        func firstMatch(_ entry: String) -> (EventPattern, FrameMatcher.Binding)? {
            var binding: FrameMatcher.Binding?
            let pattern = dictionary.firstPattern(for: entry, partOfSpeech, among: keys) { pattern in
                binding = matcher.match(pattern, trigger: trigger, clause: clause)
                return binding != nil
            }
            return pattern.flatMap { pattern in binding.map { (pattern, $0) } }
        }
        var choice = form != lemma && dictionary.knows(form, partOfSpeech) ? firstMatch(form) : nil
        // The form's bare pattern ("THREW [---]") does not hide the frames sitrep wrote for the lemma.
        if choice?.0.elements.isEmpty ?? true, let own = firstMatch(lemma),
           choice == nil || (own.0.id.hasPrefix("sitrep:") && !own.0.elements.isEmpty) {
            choice = own
        }
        memo.choices[trigger] = .some(choice)
        return choice
    }

    /// "declined to provide details": the governing verb's pattern already read "provide".
    private func isComplementOfPattern(_ verb: Int) -> Bool {
        guard let head = tree.head(of: verb), document.upos[head] == .VERB,
              ["xcomp", "advcl"].contains(tree.relation(of: verb)) else { return false }
        guard let (pattern, binding) = choose(head, Clause(head, in: tree)) else { return false }
        // "ordered French troops to leave" matched by "order [174] obj=+ ~leave".
        return binding.complement == verb || pattern.elements.contains { $0.slot == .after && $0.words.contains(tree.lemma(verb)) }
    }

    /// "targeted 12 times in Iraq and four times in Syria": one event per count, each with
    /// the words up to the next count (its number and place).
    private func counted(_ candidate: Candidate, verb: Int) -> [Candidate] {
        let counts = tree.children[verb].filter { tree.lemma($0) == "time" && tree.child(of: $0, relation: "nummod") != nil }
        guard counts.count > 1 else { return [candidate] }
        let starts = counts.map { tree.subtree(of: $0).lowerBound }
        return starts.indices.map { index in
            let region = starts[index]..<(index + 1 < starts.count ? starts[index + 1] : Int.max)
            var copy = candidate
            copy.scope = candidate.scope.filter { $0 < starts[0] || region.contains($0) }
            return copy
        }
    }

    /// "To enhance air defenses, …": an aim, not something that happened.
    private func isPurpose(_ verb: Int) -> Bool {
        guard tree.relation(of: verb) == "advcl", tree.marker(of: verb) == "to", let head = tree.head(of: verb) else { return false }
        return !ModalityReader.threatening.contains(tree.lemma(head)) && !ModalityReader.planning.contains(tree.lemma(head))
    }

    /// Verbs that pass on what someone said: "officials said X signed …" is about X, not to X.
    static let passingOn: Set<String> = ["say", "tell", "report", "announce", "state", "add", "note", "write", "claim", "confirm", "reveal", "quote"]

    /// Verbs of collective decision: "agreed to impose sanctions" codes the sanctions; the
    /// agreement is an event of its own only when what was agreed is cooperation or uncoded.
    static let deciding: Set<String> = ["agree", "decide", "vote", "resolve", "opt", "choose", "move"]

    /// "vowed to eliminate", "is expected to meet", "agreed to impose sanctions": the
    /// complement codes the event, the vow, plan or decision itself is not a second one
    /// (TABARI's "+ IS EXPECTED IN $" took the place of the meeting for a visit). A denial
    /// ("denied committing war crimes") is the denied event's modality, not a rejection.
    private func yieldsToComplement(_ verb: Int) -> Bool {
        let lemma = tree.lemma(verb)
        let denies = ModalityReader.denying.contains(lemma)
        guard ModalityReader.threatening.contains(lemma) || ModalityReader.planning.contains(lemma) || Self.deciding.contains(lemma)
            || denies else { return false }
        return tree.children[verb].contains { child in
            guard tree.relation(of: child) == "xcomp" || (tree.relation(of: child) == "advcl" && tree.marker(of: child) == "to")
                    || (denies && tree.relation(of: child) == "ccomp"),
                  document.upos[child] == .VERB else { return false }
            let carried = tree.object(of: child).map { isEventNoun($0) ? nounCandidates($0) : [] } ?? []
            let complement = verbCandidates(child) + carried
            guard Self.deciding.contains(lemma) else { return !complement.isEmpty }
            return complement.contains { (Int(CameoOntology.root($0.code)) ?? 0) >= 9 }
        }
    }

    /// "a drone attack that killed …": the relative clause belongs to the event noun.
    private func describesEventNoun(_ verb: Int) -> Bool {
        var current = verb
        while tree.relation(of: current) == "conj", let head = tree.coordinationHead(of: current) { current = head }
        guard tree.relation(of: current) == "acl:relcl", let antecedent = arguments.antecedent(of: current),
              let subject = tree.subject(of: current)?.token else { return false }
        return Arguments.relativePronouns.contains(tree.lemma(subject)) && isEventNoun(antecedent)
    }

    /// Verbs that charge someone with an act: what they charge ("accused Minsk of pushing
    /// migrants", "blamed the rebels for attacking") is the accusation's content, not an event.
    static let accusing: Set<String> = ["accuse", "blame", "charge", "suspect", "convict", "indict", "fault"]

    private func isAllegation(_ verb: Int) -> Bool {
        guard ["of", "for"].contains(tree.marker(of: verb) ?? ""), let head = tree.head(of: verb) else { return false }
        let governor = ["acl", "nmod"].contains(tree.relation(of: verb)) ? tree.head(of: head) ?? head : head
        return Self.accusing.contains(tree.lemma(governor)) || Self.accusing.contains(tree.lemma(head))
    }

    /// How sources are handled, not what happened: "who asked not to be named", "declined to
    /// be identified", "declined to comment", "did not respond to a request for comment".
    private func isSourcingFormula(_ verb: Int) -> Bool {
        tree.children[verb].contains { child in
            let lemma = tree.lemma(child)
            if ["xcomp", "ccomp"].contains(tree.relation(of: child)), ["name", "identify"].contains(lemma), tree.isPassive(child) { return true }
            if tree.relation(of: child) == "xcomp", lemma == "comment" { return true }
            // "not authorized to brief reporters" (also with "brief" read as an adjective), "not
            // allowed to speak publicly".
            if Self.permitting.contains(tree.lemma(verb)), ["xcomp", "obl", "advcl"].contains(tree.relation(of: child)),
               tree.subtree(of: child).contains(where: { Self.speakingToPress.contains(tree.lemma($0)) }) { return true }
            return tree.relation(of: child) == "obl" && tree.subtree(of: child).contains { tree.lemma($0) == "comment" }
        }
    }

    /// What a source may or may not do with the press, and the verbs that let them.
    static let speakingToPress: Set<String> = ["comment", "brief", "speak", "talk", "discuss", "disclose"]
    static let permitting: Set<String> = ["authorize", "authorise", "allow", "permit", "clear"]

    /// Words inside what a threat or warning says will happen are its content, not events.
    private func insideThreat(_ verb: Int) -> Bool {
        var current = verb
        for _ in 0..<3 {
            guard let head = tree.head(of: current) else { return false }
            if ["ccomp", "advcl"].contains(tree.relation(of: current)), ModalityReader.threatening.contains(tree.lemma(head)) { return true }
            current = head
        }
        return false
    }

    func isEventNoun(_ token: Int) -> Bool { eventNouns[token] }

    /// "a package of sanctions": a bundle noun whose "of" phrase is an event noun.
    func bundlesEventNoun(_ token: Int) -> Bool {
        Self.bundles.contains(tree.lemma(token)) && tree.children[token].contains { isEventNoun($0) && tree.marker(of: $0) == "of" }
    }

    /// Assault, fighting and mass violence: CAMEO roots 18–20.
    static func isViolent(_ code: String) -> Bool {
        Int(CameoOntology.root(code)).map { $0 >= 18 } ?? false
    }

    static let aggregates: Set<String> = ["series", "uptick", "wave", "spate", "string", "number", "rise", "increase", "surge", "spike"]

    private func aggregateMentions(_ sentence: Range<Int>) -> [Candidate] {
        sentence.filter { isEventNoun($0) && isAggregateMention($0) }.flatMap { nounCandidates($0, includingAggregates: true) }
    }
}
