import SitrepText

extension LemmaLexicon {
    /// Learns the lemma tables and suffix rules from gold-annotated sentences.
    ///
    /// Rules are learned from word types, not tokens, because they serve unseen words, which
    /// look like rare types more than like frequent tokens. An ending needs `minimumEvidence`
    /// types to get a rule of its own, and is only kept when its rule differs from that of
    /// the next shorter ending (which the lemmatizer would fall back to anyway).
    init(learningFrom sentences: [CoNLLUSentence], minimumEvidence: Int = 2) {
        self.init()
        var byForm: [Pair: [[UInt8]: Int]] = [:]
        var byLowercase: [Pair: [[UInt8]: Int]] = [:]
        var types: Set<[[UInt8]]> = []
        /// The tags each table key was seen with, to check that dropping it changes nothing.
        var spellingsOfLowercase: [Pair: Set<[[UInt8]]>] = [:]
        var vocabulary: Set<[UInt8]> = []
        let unattested = Self.unattestedLemmas(sentences)
        for sentence in sentences {
            for word in sentence.words where word.hasLemma {
                let form = Array(word.form.utf8)
                let lemma = Array(word.lemma.utf8)
                let xpos = Array(word.xpos.utf8)
                types.insert([form, xpos, lemma])
                vocabulary.insert(lemma)
                if unattested.contains(lemma) { continue }
                let lowerKey = Pair(form.map(TaggerFeatures.lowercased), Array(word.upos.description.utf8))
                byForm[Pair(form, Array(word.upos.description.utf8) + [0x09] + xpos), default: [:]][lemma, default: 0] += 1
                byLowercase[lowerKey, default: [:]][lemma, default: 0] += 1
                spellingsOfLowercase[lowerKey, default: []].insert([form, xpos])
            }
        }
        rules = Self.rules(from: types, minimumEvidence: minimumEvidence)
        self.vocabulary = vocabulary.sorted { $0.lexicographicallyPrecedes($1) }
        // Keep only the entries that the lookups after them would get wrong: the rules first,
        // then the lowercase table, so the model file carries exceptions, not the vocabulary.
        let byRules = Lemmatizer(self)
        lowercase = Self.mostFrequent(byLowercase).filter { entry in
            let upos = UPOS(String(decoding: entry.tag, as: UTF8.self))!
            let lower = String(decoding: entry.form, as: UTF8.self)
            // The table also serves spellings not seen with this tag ("Laughter" at the start
            // of a sentence), so the rules must get the lowercase and capitalised ones right too.
            return spellingsOfLowercase[Pair(entry.form, entry.tag)]!.contains { spelling in
                let xpos = String(decoding: spelling[1], as: UTF8.self)
                return [String(decoding: spelling[0], as: UTF8.self), lower, lower.prefix(1).uppercased() + lower.dropFirst()]
                    .contains { byRules.lemma($0, upos: upos, xpos: xpos) != String(decoding: entry.lemma, as: UTF8.self) }
            }
        }
        let byLowercaseAndRules = Lemmatizer(self)
        forms = Self.mostFrequent(byForm).compactMap { entry in
            // The key's tag is "UPOS<tab>Penn tag".
            let tab = entry.tag.firstIndex(of: 0x09)!
            let upos = UPOS(String(decoding: entry.tag[..<tab], as: UTF8.self))!
            let xpos = String(decoding: entry.tag[(tab + 1)...], as: UTF8.self)
            let lemma = String(decoding: entry.lemma, as: UTF8.self)
            guard byLowercaseAndRules.lemma(String(decoding: entry.form, as: UTF8.self), upos: upos, xpos: xpos) != lemma else { return nil }
            return Entry(form: entry.form, tag: Array(xpos.utf8), lemma: entry.lemma, upos: Array(upos.description.utf8))
        }
    }

    /// Lemmas given once, never a word of the text themselves and only the start of the word
    /// they were given to: more often an annotation slip than a stem ("freed" lemmatized "fre"
    /// once in GUM train, which then made every "freed" "fre"). Irregular lemmas ("went" →
    /// "go") are not beginnings of their words. The suffix rules and the known lemmas still
    /// learn from them; the tables of exceptions leave them out.
    private static func unattestedLemmas(_ sentences: [CoNLLUSentence]) -> Set<[UInt8]> {
        var forms: Set<[UInt8]> = []
        var given: [[UInt8]: (count: Int, form: [UInt8])] = [:]
        for sentence in sentences {
            for word in sentence.words where word.hasLemma {
                let form = Array(word.form.utf8).map(TaggerFeatures.lowercased)
                forms.insert(form)
                given[Array(word.lemma.utf8), default: (0, form)].count += 1
            }
        }
        return Set(given.compactMap { lemma, given in
            let lower = lemma.map(TaggerFeatures.lowercased)
            let isBeginning = lower.count < given.form.count && given.form.starts(with: lower)
            return given.count == 1 && isBeginning && !forms.contains(lower) ? lemma : nil
        })
    }

    private struct Pair: Hashable, Comparable {
        var form: [UInt8]
        var tag: [UInt8]

        init(_ form: [UInt8], _ tag: [UInt8]) {
            self.form = form
            self.tag = tag
        }

        static func < (a: Pair, b: Pair) -> Bool {
            a.form == b.form ? a.tag.lexicographicallyPrecedes(b.tag) : a.form.lexicographicallyPrecedes(b.form)
        }
    }

    /// Each key's most frequent lemma (ties: the bytewise smallest), in key order.
    private static func mostFrequent(_ counts: [Pair: [[UInt8]: Int]]) -> [Entry] {
        counts.keys.sorted().map { pair in
            let lemma = counts[pair]!.min { a, b in
                a.value != b.value ? a.value > b.value : a.key.lexicographicallyPrecedes(b.key)
            }!.key
            return Entry(form: pair.form, tag: pair.tag, lemma: lemma)
        }
    }

    private static func rules(from types: Set<[[UInt8]]>, minimumEvidence: Int)
        -> [(tag: [UInt8], suffix: [UInt8], rule: LemmaRule)] {
        var counts: [Pair: [LemmaRule: Int]] = [:]
        /// Per Penn tag, capitalised words that kept (or lost) their capital: how to break a
        /// tie between keeping and lowercasing.
        var casing: [[UInt8]: (keep: Int, lower: Int)] = [:]
        for type in types {
            let (form, xpos, lemma) = (type[0], type[1], type[2])
            let rule = LemmaRule(form: form, lemma: lemma)
            let lower = form.map(TaggerFeatures.lowercased)
            // A word already in lowercase supports lowercasing and keeping alike; it votes for
            // both, so capitalised words decide (proper nouns keep, common nouns lowercase).
            var twin = rule
            twin.lowercase.toggle()
            let rules = lower == form || twin.apply(to: form) == lemma ? [rule, twin] : [rule]
            if rules.count == 1 {
                casing[xpos, default: (0, 0)].keep += rule.lowercase ? 0 : 1
                casing[xpos, default: (0, 0)].lower += rule.lowercase ? 1 : 0
            }
            for length in 0...min(Lemmatizer.longestSuffix, lower.count) {
                for rule in rules {
                    counts[Pair(Array(lower.suffix(length)), xpos), default: [:]][rule, default: 0] += 1
                }
            }
        }
        var best: [Pair: LemmaRule] = [:]
        for (key, rules) in counts where rules.values.max()! >= minimumEvidence || key.form.isEmpty {
            let lowercase = casing[key.tag].map { $0.lower >= $0.keep } ?? true
            best[key] = rules.min { a, b in
                if a.value != b.value { return a.value > b.value }
                if a.key.lowercase != b.key.lowercase { return a.key.lowercase == lowercase }
                return a.key < b.key
            }!.key
        }
        return best.keys.sorted().compactMap { key in
            let rule = best[key]!
            if !key.form.isEmpty, best[Pair(Array(key.form.dropFirst()), key.tag)] == rule { return nil }
            return (key.tag, key.form, rule)
        }
    }
}
