import Foundation
import SitrepKnowledge
import SitrepText

/// What an event takes from around its trigger: the date, the place, the numbers, whether
/// it is background, and how sure the coding is.
struct EventContext {
    let document: Document
    let tree: ParsedText
    let time: TimeExpressions
    /// The place each token mentions, from resolution.
    let placeOfToken: [Int?]
    /// The dateline's place, for statements made where the article was filed.
    let datelinePlace: Int?

    /// Events dated this long before publication are background.
    static let backgroundAge: TimeInterval = 30 * 86_400

    init(document: Document, tree: ParsedText) {
        self.document = document
        self.tree = tree
        time = TimeExpressions(published: document.article?.published?.instant)
        var placeOfToken = [Int?](repeating: nil, count: document.tokens.count)
        for (index, place) in document.places.enumerated() {
            for mention in place.mentions {
                for token in mention where token < placeOfToken.count { placeOfToken[token] = index }
            }
        }
        self.placeOfToken = placeOfToken
        let dateline = document.article?.dateline?.lowercased()
        datelinePlace = document.places.firstIndex { $0.name.lowercased() == dateline }
    }

    func dates(in sentence: Range<Int>) -> [EventDate] {
        time.find(words: tree.forms[sentence], from: sentence.lowerBound)
    }

    /// What two parties can only have with each other: ties, a deal, talks.
    /// Kinds of act that coordinated actors can do to each other: intending, consulting and
    /// cooperating (03–06), yielding (08), cutting relations (16), fighting (19). Not
    /// statements, appeals, demands, criticism or threats: "The United States and the European
    /// Union called for an investigation" is no demand of either on the other.
    static let mutualFamilies: Set<String> = ["03", "04", "05", "06", "08", "16", "19"]
    /// CAMEO's "praise or endorse": a reaction to what others did, never to each other.
    static let praise = "051"
    /// Acts done for others, between them: co-mediators do not mediate each other.
    static let betweenOthers: Set<String> = ["mediate", "broker", "facilitate", "host"]

    /// Verbs whose coordinated subjects act on each other, whatever the object.
    static let reciprocalVerbs: Set<String> = ["exchange", "swap", "trade"]

    static let mutualObjects: Set<String> = [
        "tie", "relation", "relationship", "agreement", "deal", "accord", "pact", "treaty", "talk", "negotiation", "cooperation",
        "ceasefire", "truce", "partnership", "alliance", "contact", "dialogue", "meeting", "statement", "communique",
        "drill", "exercise", "manoeuvre", "maneuver", "wargame",
    ]

    /// The event (and one per coordinated argument) for a candidate.
    func events(for candidate: EventReader.Candidate, arguments: Arguments, dates: [EventDate], sentence: Range<Int>) -> [Event] {
        let scope = Set(candidate.scope)
        let date = dates.first { $0.tokens.map { scope.contains($0.lowerBound) } ?? false } ?? (dates.count == 1 ? dates[0] : nil)
        var isBackground = false
        if let date, let end = time.end(of: date), let published = time.published {
            isBackground = published.timeIntervalSince(end) > Self.backgroundAge
        }
        let quantities = document.quantities.indices.filter { scope.contains(document.quantities[$0].tokens.lowerBound) }
        let place = self.place(scope: candidate.scope, sentence: sentence, code: candidate.code,
                               isAsserted: candidate.reading.modality == .asserted)
        let reportedBy = candidate.reading.reportingVerb.flatMap { verb in
            // "Ukrainian President Volodymyr Zelenskyy said …" parsed with the adjective as head:
            // the name's last word names the reporter.
            arguments.roles(of: verb).agent.flatMap { agent in
                tree.children(of: agent, relation: "flat").last.flatMap { arguments.referents[$0] } ?? arguments.referents[agent]
            }
        } ?? accordingTo(in: sentence, trigger: candidate.trigger, arguments: arguments)
        // One actor named twice ("The opposition leader, Raila Odinga,") is one source.
        var seen: Set<Int> = []
        let sources: [Int?] = candidate.source.map { source in
            arguments.expanded(source).filter { head in arguments.referents[head].map { seen.insert($0).inserted } ?? true }
        } ?? [nil]
        var targets: [Int?] = candidate.target.map { arguments.expanded($0) } ?? [nil]
        // "Gondor and Osgiliath renewed ties": coordinated actors with no other party act on
        // each other; one actor named twice ("the news agency WFNA") does not, nor actors who
        // did something to a thing ("the AU and France welcomed the transfer of power"), nor
        // actors who say something together ("Gondor and Osgiliath said …" is no word to each other).
        // A place is no other party: "Israel and Hamas agreed to a truce in Gaza".
        // Nor parties who praise or welcome an agreement: "Norway and Cuba welcomed the agreement",
        // nor those who mediate or host it: "Qatar, Egypt and the United States mediated the deal".
        let untargeted = candidate.target.map(arguments.isPlaceOnly) ?? true
        // "The army and the RSF have accused each other", "Russia and Ukraine exchanged
        // prisoners": whatever the act, each did it to the other.
        let reciprocal = Self.reciprocalVerbs.contains(tree.lemma(candidate.trigger)) || tree.object(of: candidate.trigger).map { object in
            ["each", "one"].contains(tree.lemma(object)) && tree.children[object].contains { ["other", "another"].contains(tree.lemma($0)) }
        } ?? false
        if reciprocal, Set(sources.map { $0.flatMap { arguments.referents[$0] } }).count > 1 {
            targets = sources
        } else if untargeted, !ModalityReader.reporting.contains(tree.lemma(candidate.trigger)), candidate.code != Self.praise,
           !Self.betweenOthers.contains(tree.lemma(candidate.trigger)),
           Self.mutualFamilies.contains(candidate.family),
           Set(sources.map { $0.flatMap { arguments.referents[$0] } }).count > 1,
           tree.object(of: candidate.trigger).map({ Self.mutualObjects.contains(tree.lemma($0)) }) ?? true {
            targets = sources
        }
        var events: [Event] = []
        for source in sources {
            for target in targets where source != target && (source.flatMap { arguments.referents[$0] } == nil || source.flatMap { arguments.referents[$0] } != target.flatMap { arguments.referents[$0] }) {
                let end = candidate.trigger + 1
                events.append(Event(
                    code: candidate.code, trigger: candidate.trigger..<end,
                    source: source.map { arguments.argument($0, inferred: candidate.sourceInferred) },
                    target: target.map { arguments.argument($0) },
                    modality: candidate.reading.modality, isBackground: isBackground, date: date, place: place,
                    quantities: quantities, reportedBy: reportedBy, pattern: candidate.pattern.id,
                    confidence: confidence(candidate, source: source, target: target)))
            }
        }
        return events
    }

    /// "according to the Pentagon": who the sentence says its events come from; after a
    /// relative word, only the events of that clause.
    private func accordingTo(in sentence: Range<Int>, trigger: Int, arguments: Arguments) -> Int? {
        for token in sentence where tree.forms[token] == "according" && tree.relation(of: token) == "case" {
            if let opening = document.relativeOpening(before: token, in: sentence), trigger < opening { continue }
            if let source = tree.head(of: token), let referent = arguments.referents[source] { return referent }
        }
        return nil
    }

    /// "in Iraq" in the event's own words, else a place the sentence names, else the dateline
    /// for statements the article itself makes (asserted, CAMEO roots 01–05).
    private func place(scope: [Int], sentence: Range<Int>, code: String, isAsserted: Bool) -> Int? {
        if let token = scope.first(where: { placeOfToken[$0] != nil && ["in", "at", "near", "across", "inside"].contains(tree.marker(of: tree.head(of: $0) ?? $0) ?? tree.marker(of: $0) ?? "") }) {
            return placeOfToken[token]
        }
        if let token = sentence.first(where: { placeOfToken[$0] != nil && tree.marker(of: $0).map { ["in", "at", "near"].contains($0) } == true }) {
            return placeOfToken[token]
        }
        if isAsserted, let root = Int(CameoOntology.root(code)), root <= 5 { return datelinePlace }
        return nil
    }

    private func confidence(_ candidate: EventReader.Candidate, source: Int?, target: Int?) -> Double {
        var value = 0.45
        if !candidate.pattern.elements.isEmpty { value += 0.15 }
        if source != nil { value += candidate.sourceInferred ? 0.05 : 0.15 }
        if target != nil { value += 0.15 }
        if candidate.reading.modality != .asserted { value -= 0.1 }
        return min(0.95, (value * 100).rounded() / 100)
    }
}

extension EventReader {
    static let repeating: Set<String> = ["reiterate", "repeat", "reaffirm", "renew", "restate", "echo"]

    private func isRepetition(_ trigger: Int) -> Bool {
        Self.repeating.contains(tree.lemma(trigger)) || tree.head(of: trigger).map { Self.repeating.contains(tree.lemma($0)) } == true
    }

    /// One event per who-did-what-to-whom in a sentence: the same kind of event (root) between
    /// the same words, at the same place and with the same numbers, is said once ("arming
    /// and funding X").
    /// "Israeli airstrikes killed 20 people", "Russian missiles hit a mall", "killed him in a
    /// strike": an event noun that is the doer, target or means of a verb coding material
    /// conflict in its sentence is the same act told once, by the verb.
    func withoutSubsumedNouns(_ events: [Event]) -> [Event] {
        let conflicts = events.filter { CameoOntology.quadClass(root: CameoOntology.root($0.code)) == 4 }
        return events.filter { event in
            let trigger = event.trigger.lowerBound
            guard document.upos[trigger] == .NOUN || document.upos[trigger] == .PROPN,
                  CameoOntology.quadClass(root: CameoOntology.root(event.code)) == 4 else { return true }
            return !conflicts.contains { other in
                guard other.trigger != event.trigger else { return false }
                // "killed a commander in a strike on Beirut": the strike is how the killing was done.
                if tree.head(of: trigger) == other.trigger.lowerBound, ["in", "during", "with"].contains(tree.marker(of: trigger) ?? "") {
                    return true
                }
                // The argument is the noun's phrase, or the nationality or owner that modifies it.
                return [other.source, other.target].contains { argument in
                    argument?.tokens.contains { $0 == trigger || tree.head(of: $0) == trigger } ?? false
                }
            }
        }
    }

    func deduplicated(_ events: [Event]) -> [Event] {
        var seen = Set<String>()
        var said = Set<String>()
        return events.filter { event in
            // "reiterated his warning": the same event said again, not a new one.
            let dyad = "\(event.code)|\(event.source?.referent ?? -1)|\(event.target?.referent ?? -1)"
            defer { if event.source?.referent != nil { said.insert(dyad) } }
            if said.contains(dyad), isRepetition(event.trigger.lowerBound) { return false }
            let sentence = document.sentenceIndex(ofToken: event.trigger.lowerBound) ?? -1
            func actor(_ argument: Event.Argument?) -> String {
                guard let argument else { return "" }
                return argument.referent.map { "#\($0)" } ?? document.text(of: argument.tokens)
            }
            let key = "\(sentence)|\(CameoOntology.root(event.code))|\(event.place ?? -1)|\(event.quantities)|\(actor(event.source))|\(actor(event.target))"
            return seen.insert(key).inserted
        }
    }
}
