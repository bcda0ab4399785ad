import SitrepKnowledge
import SitrepText

/// Decides whether a pattern's frame is present around a trigger and which words it names
/// as source and target. Robust to the parser's usual slips: a preposition the pattern names
/// is looked for anywhere in the trigger's clause, whether the parse attached it to the verb
/// or to its object.
struct FrameMatcher {
    let tree: ParsedText

    struct Binding {
        var source: Int?
        var target: Int?
        /// The complement verb the frame named ("vowed to eliminate"): its object is the target.
        var complement: Int?
        /// A particle that is a preposition ("call for"): its object is the target.
        var particle: Int?
    }

    func match(_ pattern: EventPattern, trigger: Int, clause: Clause) -> Binding? {
        // TABARI's "SAID + *" reads "X said Y attacked" as X accusing Y; sitrep codes the
        // attack itself, reported by X, so a frame that takes the subject of a reported verb
        // as the target of the speaker is not matched.
        if isReportedSubjectFrame(pattern, trigger: trigger) { return nil }
        // "+ KILLED IN ATTACK IN $" reads "soldiers killed in an attack": its subject is the one
        // killed. A verb with an object of its own ("Jihadists killed 14 soldiers in an
        // attack") has its doer for subject, so such a frame is not matched unless it names
        // that object as what was done. Nor, for violence, as its doer: "+ * $ &AIRCRAFT"
        // ("killed by Israeli aircraft") made "three Hamas fighters" the doer of "Israeli
        // forces killed three Hamas fighters". ("+ received $ weapons" rightly takes the giver
        // from the object.)
        if pattern.elements.contains(where: { $0.slot == .subject && $0.role == .target }), tree.object(of: trigger) != nil {
            let violent = pattern.code.map(EventReader.isViolent) ?? false
            if !pattern.elements.contains(where: { $0.slot == .object && (!violent || $0.role != .source) }) { return nil }
        }
        var binding = Binding()
        // A pattern has a handful of elements: an array beats a hashed set.
        var used: [Int] = []
        var last = trigger
        for element in pattern.elements {
            guard let token = find(element, trigger: trigger, clause: clause, after: last, excluding: used) else { return nil }
            // "+ HAVE BEEN * $": a passive subject the subject element took is not also its object.
            if element.slot == .object, element.role != nil, used.contains(token) { return nil }
            // An object element names its phrase, whose words later elements may still name
            // ("* DIPLOMATIC TIES": "diplomatic" in the object "ties", then "ties").
            if element.slot != .object { used.append(token) }
            if token > last, element.slot == .after || element.slot.isPreposition { last = token }
            // "* THE FULL": later words follow the word the object matched, not the object's head.
            if element.slot == .object, !element.words.isEmpty,
               let word = tree.subtree(of: token).first(where: { tree.matches($0, element) }), word > last { last = word }
            if element.slot == .xcomp { binding.complement = token }
            if element.slot == .particle, tree.relation(of: token) == "case" { binding.particle = token }
            switch element.role {
            case .source?: binding.source = token
            case .target?: binding.target = token
            case nil: break
            }
        }
        return binding
    }

    private func isReportedSubjectFrame(_ pattern: EventPattern, trigger: Int) -> Bool {
        // The pattern's own shape first: it is cheap, and rules out nearly every pattern.
        guard pattern.elements.contains(where: { $0.slot == .subject && $0.role == .target }),
              let reporter = tree.head(of: trigger), ModalityReader.reporting.contains(tree.lemma(reporter)) else { return false }
        return pattern.elements.contains { $0.slot == .before && tree.matches(reporter, $0) }
    }

    /// "ordered the French ambassador to leave" with "to leave" parsed as a modifier of
    /// "ambassador": the infinitive on the trigger's object is what the trigger asks of it.
    private func objectInfinitive(of trigger: Int, matching element: EventPattern.Element) -> Int? {
        tree.objects(of: trigger).lazy.flatMap { self.tree.children(of: $0, relation: "acl") }
            .first { self.tree.marker(of: $0) == "to" && self.tree.document.upos[$0] == .VERB && self.tree.matches($0, element) }
    }

    static let attributions: Set<String> = ["say", "tell"]
    /// The relations by which a verb completes the one above it ("try to clash", "said police fired").
    static let completing: Set<String> = ["xcomp", "ccomp", "advcl"]

    /// Prepositions of a phrase that says where something went or was.
    static let placePrepositions: Set<String> = ["toward", "towards", "into", "onto", "at", "in", "near", "off", "across", "along"]

    /// Who does what a complement verb says, when it has no subject of its own: the object of
    /// the verb it completes ("urged X to leave"), else that verb's subject ("X was seen to break").
    private func controller(of verb: Int) -> Int? {
        guard tree.relation(of: verb) == "xcomp", let head = tree.head(of: verb) else { return nil }
        return tree.object(of: head) ?? tree.subject(of: head)?.token
    }

    /// The token that satisfies one element, or nil.
    /// Words after the verb follow one another as the pattern lists them (`after`), and no
    /// token satisfies two elements.
    private func find(_ element: EventPattern.Element, trigger: Int, clause: Clause, after: Int, excluding used: [Int]) -> Int? {
        let words = element.words
        switch element.slot {
        case .object:
            if tree.document.upos[trigger] == .NOUN || tree.document.upos[trigger] == .PROPN {
                return tree.children[trigger].first { child in
                    ["compound", "amod"].contains(tree.relation(of: child)) && tree.matches(child, element)
                        || (tree.marker(of: child) == "of" && tree.matches(child, element))
                }
            }
            let objects = tree.objects(of: trigger) + tree.children(of: trigger, relation: "nsubj:pass")
                + tree.children(of: trigger, relation: "xcomp").filter { tree.marker(of: $0) == nil }
            if words.isEmpty { return objects.first }
            for object in objects {
                if tree.matches(object, element) { return object }
                // A word inside the object's phrase, not the end of a hyphenated word: "a
                // broad-based government" is no base; nor in a phrase saying where the object
                // went: "fired a missile toward its eastern waters" fired no water.
                let whereTo = tree.children[object].filter { Self.placePrepositions.contains(tree.marker(of: $0) ?? "") }.map(tree.subtree(of:))
                if tree.subtree(of: object).contains(where: { token in
                    token != object && !tree.endsHyphenatedWord(token) && !whereTo.contains { $0.contains(token) } && tree.matches(token, element)
                }) { return object }
            }
            // A phrase of adjacent words ("memos on economic") is found by its words wherever
            // the parser hung its end.
            if element.hasPhrases, let object = objects.first,
               clause.tokens.contains(where: { $0 > object && tree.matches($0, element) }) { return object }
            // No object at all: the parser may have made it an oblique ("vowed to wage war"),
            // so the noun after the verb counts, as TABARI reads word order.
            guard objects.isEmpty else { return nil }
            return clause.tokens.first { $0 > trigger && tree.document.upos[$0] == .NOUN && tree.matches($0, element) }
        case .subject:
            guard let subject = tree.subject(of: trigger)?.token ?? controller(of: trigger), tree.matches(subject, element) else { return nil }
            return subject
        case .coordinatedSubject:
            guard let subject = tree.subject(of: trigger)?.token, tree.child(of: subject, relation: "conj") != nil else { return nil }
            return subject
        case .preposition(let preposition):
            // A phrase fronted before the verb is an adjunct unless it hangs on the verb itself
            // ("In response to X, Y disputed …" is no "dispute … to"). The words may be the
            // phrase's head or a modifier before it ("ON &TIETYPES": "on cultural issues").
            // A bare or actor slot takes a phrase, not an infinitive: "ordered lawmakers to hold
            // the vote" has no "to" phrase.
            return clause.tokens.first { token in
                token != trigger && !used.contains(token) && (token > after || (token < trigger && tree.head(of: token) == trigger))
                    && !(words.isEmpty && tree.document.upos[token] == .VERB)
                    && tree.marker(of: token).map { $0 == preposition || (preposition.contains("|") && preposition.split(separator: "|").contains(Substring($0))) } == true
                    && (tree.matches(token, element) || tree.subtree(of: token).prefix { $0 < token }.contains { tree.matches($0, element) })
            } ?? (preposition == "to" && !words.isEmpty ? objectInfinitive(of: trigger, matching: element) : nil)
        case .xcomp:
            return tree.children[trigger].first { child in
                (tree.relation(of: child) == "xcomp" || (tree.relation(of: child) == "advcl" && tree.marker(of: child) == "to")) && tree.matches(child, element)
            } ?? objectInfinitive(of: trigger, matching: element)
        case .particle:
            return tree.children[trigger].first { child in
                ["compound:prt", "advmod", "obl", "case"].contains(tree.relation(of: child)) && tree.matches(child, element)
            } ?? (trigger + 1 < tree.document.tokens.count && tree.matches(trigger + 1, element) ? trigger + 1 : nil)
        case .possessor:
            return tree.children[trigger].first { child in
                let relation = tree.relation(of: child)
                return (relation == "nmod:poss" || (relation == "amod" && tree.isCapitalized(child))
                    || (relation == "compound" && tree.document.upos[child] == .PROPN)) && tree.matches(child, element)
            }
        case .after:
            // An actor slot with no words is the next noun ("MONEY $": "money from X").
            let nominal = element.role != nil && words.isEmpty
            return clause.tokens.first { token in
                token > after && !used.contains(token) && tree.matches(token, element)
                    && (!nominal || [.NOUN, .PROPN].contains(tree.document.upos[token]))
            }
        case .before:
            // In the clause, else on the verbs it completes: their auxiliaries and adverbs
            // ("won't try to clash", "unexpectedly … try to clash").
            if let found = clause.tokens.first(where: { $0 < trigger && tree.matches($0, element) }) { return found }
            var current = trigger
            for _ in 0..<2 {
                // Only a verb the trigger completes: an attribution hung on a quote ("'We will
                // not allow …,' the spokesman told reporters") does not take the quote's words.
                // Nor a verb the trigger's clause only stands beside ("blocked the package … before agreeing to it").
                guard let head = tree.head(of: current), Self.completing.contains(tree.relation(of: current)),
                      tree.relation(of: current) != "advcl" || [nil, "to"].contains(tree.marker(of: current)) else { break }
                // An attribution above the trigger reports its act, which is the event
                // ("witnesses said police fired tear gas"): TABARI's "SAID … *" frames don't apply.
                if tree.matches(head, element), !Self.attributions.contains(tree.lemma(head)) { return head }
                if let found = tree.children[head].first(where: { child in
                    child < trigger && (tree.relation(of: child).hasPrefix("aux") || tree.relation(of: child) == "advmod") && tree.matches(child, element)
                }) {
                    return found
                }
                current = head
            }
            return nil
        }
    }
}

extension EventPattern.Element.Slot {
    var isPreposition: Bool {
        if case .preposition = self { return true }
        return false
    }
}
