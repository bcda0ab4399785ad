import SitrepText

/// Whether the text says an event happened: read from the trigger's auxiliaries and
/// negation, and from the verbs above it ("vowed to", "is being prepared", "denied",
/// "said that", "has yet to", "if …").
struct ModalityReader {
    let tree: ParsedText

    struct Reading {
        var modality: Event.Modality = .asserted
        /// The verb whose words report the event ("said", "claimed"), if any.
        var reportingVerb: Int?
        /// The commissive verb that makes the event a threat ("vowed to eliminate").
        var threateningVerb: Int?
        /// A promise or reported future ("pledged to …", "said it would …"): an intent of its source.
        var isIntent = false
    }

    static let threatening: Set<String> = ["threaten", "vow", "pledge", "promise", "warn", "swear", "caution"]
    static let planning: Set<String> = [
        "plan", "prepare", "intend", "aim", "consider", "seek", "want", "hope", "decide", "expect", "mull", "weigh", "try", "attempt",
    ]
    static let denying: Set<String> = ["deny", "dismiss", "refute"]
    /// Verbs that say their complement was not done: "refused to recognize", "failed to stop".
    static let refusing: Set<String> = ["refuse", "decline", "fail"]
    /// Verbs that offer their complement, which has not happened: "offered to mediate".
    static let offering: Set<String> = ["offer", "volunteer"]
    static let reporting: Set<String> = [
        "say", "tell", "claim", "report", "announce", "reveal", "confirm", "state", "allege", "add", "note", "write",
        "insist", "accuse", "assert", "suggest", "believe", "acknowledge", "indicate", "show", "emphasize", "stress",
    ]
    static let uncertain: Set<String> = ["could", "might", "may", "can", "must"]
    static let future: Set<String> = ["would", "will"]
    static let conditional: Set<String> = ["would"]
    static let negations: Set<String> = ["not", "n't", "never", "no", "cannot"]
    /// Verbs that ask someone to act: what they ask for has not happened ("called on X to
    /// leave", "urged X and Y to agree to a ceasefire", "demanded that troops withdraw").
    static let requesting: Set<String> = [
        "call", "urge", "ask", "appeal", "demand", "request", "implore", "press", "encourage", "beg", "exhort", "invite",
    ]

    /// Reads the modality of a verb trigger, or of the verb governing a noun trigger.
    /// `futureAsIntent`: read "said it would …" as the speaker's intent (for acts that can be
    /// intended, 03x); otherwise "would" stays a condition's consequence.
    func read(_ trigger: Int, futureAsIntent: Bool = false) -> Reading {
        var reading = Reading()
        if isNegated(trigger) || hasNegativeSubject(trigger) { reading.modality = .negated; return reading }
        if hasAux(trigger, Self.uncertain) { reading.modality = .hypothetical; return reading }
        let reportedFuture = futureAsIntent && isReportedFuture(trigger)
        if isConditional(trigger), !reportedFuture { reading.modality = .conditional }
        var current = trigger
        // "urged authorities to exercise restraint and release those detained": a conjunct
        // with neither subject nor auxiliary of its own is asked for, planned or reported as
        // the first one is ("has vowed to eliminate X and has conducted airstrikes" is not).
        while tree.relation(of: current) == "conj",
              !tree.children[current].contains(where: { ["nsubj", "nsubj:pass", "aux", "aux:pass"].contains(tree.relation(of: $0)) }),
              let first = tree.reporter(ofMisplacedConjunct: current) ?? tree.coordinationHead(of: current),
              tree.document.upos[first] == .VERB { current = first }
        // "…, a local official said, tightening their grip on …": told as the attributed clause is.
        if tree.attributedClause(ofParticiple: current) != nil, let attribution = tree.head(of: current) {
            if reading.modality == .asserted { reading.modality = .reported }
            reading.reportingVerb = attribution
            return reading
        }
        for _ in 0..<3 {
            guard let head = tree.head(of: current) else { break }
            let relation = tree.relation(of: current) == "advcl" && tree.marker(of: current) == "to" ? "xcomp" : tree.relation(of: current)
            // A participle adjunct ("…, wounding a shepherd") is told as its clause is.
            let isParticipleAdjunct = relation == "advcl" && tree.marker(of: current) == nil && ["VBG", "VBN"].contains(tree.document.xpos[current])
            guard ["xcomp", "ccomp", "nsubj:pass", "obj", "csubj"].contains(relation) || isParticipleAdjunct else { break }
            let lemma = tree.lemma(head)
            if relation == "xcomp", isConditional(head) { reading.modality = .conditional }
            if lemma == "have", tree.children[head].contains(where: { tree.lemma($0) == "yet" }) {
                reading.modality = .hypothetical
                return reading
            }
            if relation == "xcomp", isNegated(head) || hasNegativeSubject(head) || Self.refusing.contains(lemma) {
                reading.modality = .negated
                return reading
            }
            // "did not say whether it would retaliate": a question left open, no report.
            if relation == "ccomp", tree.marker(of: current) == "whether" {
                reading.modality = .hypothetical
                return reading
            }
            if Self.denying.contains(lemma) { reading.modality = .denied; return reading }
            if relation == "xcomp", Self.threatening.contains(lemma) {
                reading.modality = .threatened
                reading.threateningVerb = head
                return reading
            }
            if Self.planning.contains(lemma), relation != "ccomp" { reading.modality = .planned; return reading }
            if relation == "xcomp" || relation == "ccomp", Self.requesting.contains(lemma) || Self.offering.contains(lemma) {
                reading.modality = .hypothetical
                return reading
            }
            if relation == "ccomp", Self.reporting.contains(lemma) {
                if reportedFuture, current == trigger {
                    reading.modality = .planned
                    reading.isIntent = true
                } else if reading.modality == .asserted { reading.modality = .reported }
                reading.reportingVerb = head
                return reading
            }
            if relation == "ccomp" { break }
            current = head
        }
        // "Russia launched 120 drones at Ukraine, Ukraine's air force said": an attribution
        // appended to the clause reports it as surely as one the clause completes, also when
        // the parser took it for a second clause, with a comma and no "and".
        let appended = tree.children(of: current, relation: "parataxis") + tree.children(of: current, relation: "conj").filter { verb in
            guard tree.child(of: verb, relation: "cc") == nil, let subject = tree.subject(of: verb)?.token else { return false }
            let start = tree.subtree(of: subject).lowerBound
            return start > 0 && tree.forms[start - 1] == ","
        }
        if let attribution = appended.first(where: { verb in
            verb > trigger && Self.reporting.contains(tree.lemma(verb)) && tree.subject(of: verb) != nil
        }) {
            if reading.modality == .asserted { reading.modality = .reported }
            reading.reportingVerb = attribution
        }
        return reading
    }

    /// "not" on the verb or its auxiliary, or among the few words right before it when the
    /// parser lost the link ("cannot both provide").
    func isNegated(_ token: Int) -> Bool {
        let onVerb = tree.children[token].contains { child in
            ["advmod", "neg", "aux", "det"].contains(tree.relation(of: child)) && Self.negations.contains(tree.forms[child])
                || (tree.relation(of: child).hasPrefix("aux") && tree.children[child].contains { Self.negations.contains(tree.forms[$0]) })
        }
        if onVerb { return true }
        var before = token - 1
        while before >= 0, before >= token - 3, [.AUX, .PART, .ADV, .CCONJ, .DET].contains(tree.document.upos[before]) {
            if Self.negations.contains(tree.forms[before]) { return true }
            before -= 1
        }
        return false
    }

    /// "No group has claimed …", "nobody was hurt", "none of the parties agreed": a subject
    /// that says no one did it negates the clause as surely as "not".
    func hasNegativeSubject(_ token: Int) -> Bool {
        guard let subject = tree.subject(of: token)?.token else { return false }
        if ["nobody", "none", "noone", "nothing", "neither"].contains(tree.forms[subject]) { return true }
        return tree.children[subject].contains { ["det", "advmod"].contains(tree.relation(of: $0)) && ["no", "neither"].contains(tree.forms[$0]) }
    }

    /// "said it would send …": a future its speaker announces, not a condition's consequence.
    private func isReportedFuture(_ token: Int) -> Bool {
        guard hasAux(token, Self.future), tree.relation(of: token) == "ccomp", let head = tree.head(of: token),
              Self.reporting.contains(tree.lemma(head)) else { return false }
        return !tree.children(of: token, relation: "advcl").contains { ["if", "unless"].contains(tree.marker(of: $0) ?? "") || invertsCondition($0) }
    }

    /// Whether a clause, or a verb joined to it, tells of what is to come or may be: a future
    /// or modal auxiliary, a condition, "going to" ("the US will not be spared if …", not
    /// "the attacks were costing the canal $300 million").
    func foretells(_ clause: Int) -> Bool {
        let toCome = ([clause] + tree.children(of: clause, relation: "conj")).contains { verb in
            hasAux(verb, Self.future.union(Self.uncertain)) || isConditional(verb)
                || (tree.forms[verb] == "going" && tree.children(of: verb, relation: "xcomp").contains { tree.marker(of: $0) == "to" })
        }
        // "warned that Israel reserved the right to resume the war if negotiations failed": a
        // condition anywhere in what is warned of.
        return toCome || tree.subtree(of: clause).contains { ["if", "unless"].contains(tree.marker(of: $0) ?? "") && tree.relation(of: $0) == "advcl" }
    }

    private func hasAux(_ token: Int, _ words: Set<String>) -> Bool {
        tree.children[token].contains { tree.relation(of: $0).hasPrefix("aux") && words.contains(tree.lemma($0)) }
    }

    /// Inside an if-clause, or the consequence of one ("would retaliate should …").
    private func isConditional(_ token: Int) -> Bool {
        if let mark = tree.marker(of: token), ["if", "unless"].contains(mark) { return true }
        if let mark = tree.marker(of: token), ["until", "once"].contains(mark), endsFuture(token) { return true }
        if hasAux(token, Self.conditional) { return true }
        return tree.children(of: token, relation: "advcl").contains { clause in
            if let mark = tree.marker(of: clause), ["if", "unless"].contains(mark) { return true }
            return invertsCondition(clause)
        } || invertsCondition(token)
    }

    /// "will keep fighting until Hamas is destroyed": the end of something still to come has
    /// not happened either.
    private func endsFuture(_ clause: Int) -> Bool {
        var current = clause
        for _ in 0..<2 {
            guard let head = tree.head(of: current) else { return false }
            if hasAux(head, Self.future) { return true }
            current = head
        }
        return false
    }

    /// "should U.S. forces continue": a conditional auxiliary before its subject.
    private func invertsCondition(_ clause: Int) -> Bool {
        guard let subject = tree.subject(of: clause)?.token else { return false }
        return tree.children[clause].contains { ["should", "had", "were"].contains(tree.forms[$0]) && tree.relation(of: $0).hasPrefix("aux") && $0 < subject }
    }
}
