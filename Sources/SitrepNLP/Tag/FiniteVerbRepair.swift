import SitrepText

/// Repairs one systematic mistake of a greedy tagger: a sentence that opens with a bare noun
/// phrase, perhaps with "of" phrases or phrases placing it ("on", "in", "from"), conjuncts, an
/// apposition or a relative clause between commas ("Rebels clashed with troops.", "Hundreds of
/// people demonstrated …", "An attack on a military base killed …", "Zembla's
/// missiles and rockets of Kaldoria struck …", "Lina Sabbagh, a ministry adviser, denied …",
/// "The assailants, who arrived on motorbikes, set …"), followed by a verb whose past tense and
/// participle are spelled alike reads at that point like a reduced relative ("Photos taken
/// …"), so the verb is tagged VBN and the parser then hangs the whole clause off the noun.
/// When nothing later in the clause could be its finite verb, the participle is one: in
/// running text the past-tense reading wins about fifteen to one in UD English (EWT + GUM
/// train). Headlines ("Defector arrested after …") end without a full stop and are left
/// alone. The same blindness to what follows makes an opening gerund a verb even when a finite
/// verb comes right after it: "Fighting erupted …", "Shelling killed …" open with their
/// subject, a noun, as does what a reporting verb reports ("Residents said fighting lasted
/// …"). The reverse slip, a past tense that opens a prepositional phrase running straight
/// into a finite verb ("Jihadi fighters linked/VBD to al-Qaida attacked …"), is a
/// participle. Giving every sentence without a finite verb one ("Moscow arms/NNS
/// separatists.": of the nouns and bare verbs after a noun, the one whose finite reading
/// scored closest) lowered EWT dev UPOS from 95.61 to 95.57: web text is full of sentences
/// without a verb ("Great food and service."), and the nearest finite reading of a noun is
/// mostly VBD ("delivery", "room"). Retagging a clause opener read as a preposition before a
/// noun phrase and a finite verb ("until/ADP Hamas is destroyed", also "after", "before",
/// "since") as SCONJ, as UD tags it, mended 6 words of EWT + GUM dev and broke none, but the
/// parser, trained on this tagger's tags, then read "…, after Calenardhon crowds burned down
/// its embassy, a senior Bree official said" otherwise, and PETRARCH2 fell from 78.42 % to
/// 78.06 % exact (extra 12.59 % to 14.03 %); not kept.
struct FiniteVerbRepair {
    /// The class to give the repaired verb, and the class of each tag the rule reads.
    let pastTense: Int?
    let participle: Set<Int>
    let nounPhrase: Set<Int>
    /// "and", "or": conjuncts of the opening noun phrase.
    let conjunction: Set<Int>
    /// Prepositions, of which "of" continues the opening noun phrase.
    let preposition: Set<Int>
    let nouns: Set<Int>
    let finite: Set<Int>
    let comma: Set<Int>
    let fullStop: Set<Int>
    let pronouns: Set<Int>
    let gerund: Set<Int>
    let adjective: Set<Int>
    let noun: Int?

    init(classes: [TagClass]) {
        func indices(_ tags: Set<String>) -> Set<Int> {
            Set(classes.indices.filter { tags.contains(classes[$0].xpos) })
        }
        pastTense = classes.firstIndex { $0.upos == .VERB && $0.xpos == "VBD" }
        participle = Set(classes.indices.filter { classes[$0].upos == .VERB && classes[$0].xpos == "VBN" })
        nouns = indices(["NN", "NNS", "NNP", "NNPS"])
        nounPhrase = nouns.union(indices(["DT", "JJ", "JJR", "JJS", "CD", "PRP$", "POS", "HYPH", "``", "''"]))
        conjunction = indices(["CC"])
        preposition = indices(["IN"])
        finite = indices(["VBD", "VBZ", "VBP", "MD"])
        comma = indices([","])
        fullStop = indices(["."])
        pronouns = indices(["PRP"])
        gerund = Set(classes.indices.filter { classes[$0].upos == .VERB && classes[$0].xpos == "VBG" })
        adjective = indices(["JJ"])
        noun = classes.firstIndex { $0.upos == .NOUN && $0.xpos == "NN" }
    }

    /// `predicted`, one class per token of a sentence (`word` gives the text of its n-th
    /// token), with the participle after an opening noun phrase made finite where the rule
    /// applies: at the start of the sentence or after an opening phrase and its comma, or
    /// right after a reporting verb ("The Pentagon said U.S. forces shot down three drones.", a
    /// subject pronoun too: "The army said it struck …"). A finite verb later in the clause blocks
    /// it unless it has a subject of its own after a comma (", the military said") or is a
    /// relative clause's ("people who gathered");
    /// participles that are never past tenses ("taken", "shown", "done") are left alone.
    func apply(to predicted: inout [Int], word: (Int) -> String) {
        guard let pastTense, let last = predicted.last, fullStop.contains(last) else { return }
        var starts = [0]
        // After an opening phrase with no verb of its own: "According to officials, the fighting
        // forced …", and after a dateline's dash: "NEW DELHI (AP) — India on Wednesday blamed …".
        let pauses = [predicted.firstIndex(where: comma.contains), (0..<predicted.count).first { Self.dashes.contains(word($0)) }]
        for case let pause? in pauses where !predicted[..<pause].contains(where: { finite.contains($0) || participle.contains($0) }) {
            starts.append(pause + 1)
        }
        for position in predicted.indices where finite.contains(predicted[position]) && Self.reporting.contains(word(position).lowercased()) {
            let next = position + 1
            starts.append(next < predicted.count && word(next).lowercased() == "that" ? next + 1 : next)
        }
        /// A participle joined to the word before by a hyphen modifies the noun after it: "The
        /// Saudi-led coalition struck …", "Iran-backed militants attacked …"; an "-ed" adjective
        /// before a preposition ends the noun phrase ("members armed with …").
        func continuesNounPhrase(_ position: Int) -> Bool {
            let tag = predicted[position]
            if adjective.contains(tag), position + 1 < predicted.count, preposition.contains(predicted[position + 1]),
               word(position).lowercased().hasSuffix("ed") {
                return false
            }
            if preposition.contains(tag) {
                let lowered = word(position).lowercased()
                return lowered == "of" || (Self.placing.contains(lowered) && position > 0 && nouns.contains(predicted[position - 1]))
            }
            return nounPhrase.contains(tag) || conjunction.contains(tag)
                || (participle.contains(tag) && position > 0 && word(position - 1) == "-")
        }
        /// The first word from `start` that does not continue a noun phrase, which may open
        /// with a participle used as an adjective ("Suspected jihadists killed …").
        func end(from start: Int) -> Int? {
            let first = start + 1 < predicted.count && participle.contains(predicted[start]) && nounPhrase.contains(predicted[start + 1])
                ? start + 1 : start
            return (first..<predicted.count).first { !continuesNounPhrase($0) }
        }
        for start in starts {
            if let noun, start + 2 < predicted.count, gerund.contains(predicted[start]),
               finite.contains(predicted[start + 1]) || participle.contains(predicted[start + 1]) {
                predicted[start] = noun
            }
            var verb: Int
            // A subject pronoun after a reporting verb: "The army said it struck/VBN …".
            if start > 0, start + 1 < predicted.count, pronouns.contains(predicted[start]), Self.subjectPronouns.contains(word(start).lowercased()) {
                verb = start + 1
            } else {
                guard let end = end(from: start), end > start, nouns.contains(predicted[end - 1]) else { continue }
                verb = afterDay(end, count: predicted.count, word: word)
            }
            // An apposition between commas: "Lina Sabbagh, a ministry adviser, denied …".
            if comma.contains(predicted[verb]), let second = end(from: verb + 1), second > verb + 1,
               comma.contains(predicted[second]), nouns.contains(predicted[second - 1]), second + 1 < predicted.count {
                verb = second + 1
            }
            // A relative clause between commas: "The assailants, who arrived on motorbikes, set …".
            else if comma.contains(predicted[verb]), verb + 1 < predicted.count, ["who", "which"].contains(word(verb + 1).lowercased()),
                    let close = (verb + 2..<predicted.count).first(where: { comma.contains(predicted[$0]) }), close + 1 < predicted.count {
                verb = close + 1
            }
            // The reverse: "Jihadi fighters linked/VBD to al-Qaida attacked …" is a participle
            // phrase after the subject, since a finite verb follows through nothing but a
            // prepositional phrase; so is an "-ed" adjective there ("Gang members armed/JJ with
            // rifles attacked …"), which the parser otherwise takes for the clause's root.
            if predicted[verb] == pastTense || adjective.contains(predicted[verb]), let participleClass = participle.first, isReducedRelative(verb, in: predicted, word: word) {
                predicted[verb] = participleClass
                continue
            }
            guard participle.contains(predicted[verb]),
                  !Self.participleOnlyEndings.contains(where: word(verb).lowercased().hasSuffix),
                  !hasFiniteVerb(after: verb, in: predicted, word: word) else { continue }
            predicted[verb] = pastTense
        }
    }

    /// Past the day a wire sentence puts between its subject and verb: "A Moscow court on
    /// Monday sentenced …", "Police Tuesday arrested …".
    private func afterDay(_ position: Int, count: Int, word: (Int) -> String) -> Int {
        let day = position < count && word(position).lowercased() == "on" ? position + 1 : position
        return day < count - 1 && Self.weekdays.contains(word(day).lowercased()) ? day + 1 : position
    }

    /// Whether the past tense at `verb` ("linked", "based") opens a prepositional phrase that
    /// runs straight into a finite verb: "fighters linked to al-Qaida attacked …".
    private func isReducedRelative(_ verb: Int, in predicted: [Int], word: (Int) -> String) -> Bool {
        let next = verb + 1
        guard word(verb).lowercased().hasSuffix("ed"), next < predicted.count, preposition.contains(predicted[next]),
              word(next).lowercased() != "that" else { return false }
        var position = next + 1
        // "arrived in Gondor … since demonstrators were crushed": a subordinator opens a clause.
        while position < predicted.count, nounPhrase.contains(predicted[position])
                || (preposition.contains(predicted[position]) && word(position).lowercased() != "that"
                    && !Self.subordinators.contains(word(position).lowercased())) {
            position += 1
        }
        return position > next + 1 && position < predicted.count && finite.contains(predicted[position])
            && nouns.contains(predicted[position - 1])
    }

    /// Whether a finite verb after `verb` could be the clause's own, not one with a subject
    /// of its own (a noun phrase, perhaps with prepositional phrases) after a comma (", the
    /// military said") or after "that" or a subordinator opening a clause after a comma
    /// (", as peace talks in Istanbul stalled") or before a pronoun ("as he prepared"), or a participle (", saying …"), which runs on to the end ("… claimed that the
    /// messages were not addressed to him and were requests").
    private func hasFiniteVerb(after verb: Int, in predicted: [Int], word: (Int) -> String) -> Bool {
        var clauseStart = verb + 1
        var complement = false
        for position in (verb + 1)..<predicted.count {
            let tag = predicted[position]
            // "that", or a subordinator after a comma or anywhere before a subject pronoun
            // ("arrested Lissu on Saturday as he prepared to …"), opens a clause.
            let opensClause = preposition.contains(tag) && {
                let lowered = word(position).lowercased()
                return lowered == "that" || (Self.subordinators.contains(lowered)
                    && (position == clauseStart || (position + 1 < predicted.count && Self.subjectPronouns.contains(word(position + 1).lowercased()))))
            }()
            if comma.contains(tag) || opensClause {
                clauseStart = position + 1
                complement = !comma.contains(tag)
            } else if gerund.contains(tag), position == clauseStart, position > verb + 1, comma.contains(predicted[position - 1]) {
                // ", saying its fighters had killed …": a participle clause after a comma runs on too.
                clauseStart = position + 1
                complement = true
            }
            // "Police detained 20 people who gathered …", "an attack that killed …": the verb of a
            // relative clause is its own; one right after "and" shares the opening verb's
            // subject ("India blamed militants … and announced …"), so is no other clause's, and
            // what such a reporting verb says is its own ("… and said Islamabad would respond").
            guard finite.contains(tag), position == 0 || !Self.relativePronouns.contains(word(position - 1).lowercased()) else { continue }
            if position > 0, conjunction.contains(predicted[position - 1]) {
                if Self.reporting.contains(word(position).lowercased()) { return false }
                continue
            }
            let subject = predicted[clauseStart..<position]
            if subject.isEmpty || clauseStart == verb + 1
                || !subject.allSatisfy({ nounPhrase.contains($0) || pronouns.contains($0) || preposition.contains($0) }) {
                return true
            }
            if complement { return false }
        }
        return false
    }

    /// Prepositions that place or aim a noun ("an attack on a military base", "protesters in
    /// Nairobi", "troops from Chad"): the noun phrase runs on through them.
    static let placing: Set<String> = ["on", "in", "at", "from", "near", "against", "inside", "outside"]
    static let dashes: Set<String> = ["—", "–", "--"]
    static let participleOnlyEndings = ["en", "wn", "ne"]
    static let weekdays = Set(Weekdays.names)
    static let relativePronouns: Set<String> = ["who", "which", "that"]
    static let subjectPronouns: Set<String> = ["it", "he", "she", "they", "we", "i", "you"]
    /// Words that open an adverbial clause after a comma (", as peace talks stalled").
    static let subordinators: Set<String> = ["as", "while", "because", "although", "though", "whereas", "after", "before", "since", "until", "when", "if"]
    static let reporting: Set<String> = ["said", "says", "say", "told", "added", "stated", "announced", "claimed", "reported", "confirmed"]
}
