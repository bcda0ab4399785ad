import Foundation
import SitrepModels
import SitrepText
import Testing
@testable import SitrepNLP

/// The bundled tagger, loaded once for all the tests that need it.
let bundledTagger = Result { try Tagger(contentsOf: BundledModels.english.appendingPathComponent(Tagger.fileName)) }

/// A document of one sentence per string, tokens split on spaces.
private func document(_ sentences: String...) -> Document {
    Document(sentences: sentences.map { $0.split(separator: " ").map(String.init) })
}

/// The Penn tags of a sentence of (word, UPOS, Penn tag) after the finite-verb repair, over
/// classes holding the sentence's tags and the verb and noun tags the repair may give.
private func repaired(_ sentence: [(String, UPOS, String)]) -> [String] {
    var classes = [TagClass(upos: .VERB, xpos: "VBD"), TagClass(upos: .VERB, xpos: "VBN"), TagClass(upos: .NOUN, xpos: "NN")]
    for (_, upos, xpos) in sentence where !classes.contains(TagClass(upos: upos, xpos: xpos)) {
        classes.append(TagClass(upos: upos, xpos: xpos))
    }
    var predicted = sentence.map { word in classes.firstIndex(of: TagClass(upos: word.1, xpos: word.2))! }
    FiniteVerbRepair(classes: classes).apply(to: &predicted) { sentence[$0].0 }
    return predicted.map { classes[$0].xpos }
}

/// The Penn tag the bundled tagger gives the first token spelled `word` in `sentence`: its
/// tokens split on spaces, or, `segmented`, as the segmenter splits running text.
private func penn(of word: String, in sentence: String, segmented: Bool = false) throws -> String? {
    var doc = segmented ? Document(text: sentence) : document(sentence)
    if segmented { try Segmenter().process(&doc) }
    try bundledTagger.get().process(&doc)
    return doc.tokens.indices.first { doc.text(of: $0) == word }.map { doc.xpos[$0] }
}

@Suite("Tagger")
struct TaggerTests {
    @Test("tags news sentences, telling the passive participle from the past tense")
    func newsSentences() throws {
        var doc = document("U.S. forces have been targeted 12 times .", "Iran targeted the base on Monday .")
        try bundledTagger.get().process(&doc)
        #expect(doc.invariantViolations().isEmpty)
        let tags = (0..<doc.tokens.count).map { "\(doc.text(of: $0))/\(doc.upos[$0])/\(doc.xpos[$0])/\(doc.lemmas[$0])" }
        #expect(tags == [
            "U.S./PROPN/NNP/U.S.", "forces/NOUN/NNS/force", "have/AUX/VBP/have", "been/AUX/VBN/be",
            "targeted/VERB/VBN/target", "12/NUM/CD/12", "times/NOUN/NNS/time", "./PUNCT/./.",
            "Iran/PROPN/NNP/Iran", "targeted/VERB/VBD/target", "the/DET/DT/the", "base/NOUN/NN/base",
            "on/ADP/IN/on", "Monday/PROPN/NNP/Monday", "./PUNCT/./.",
        ])
    }

    @Test("a subordinate clause with a pronoun subject is no finite verb of the opening clause: 'police arrested/VBD Lissu on Saturday as he prepared …'")
    func subordinateClauseKeepsOpeningVerbFinite() throws {
        #expect(try penn(of: "arrested", in: "Tanzanian police arrested opposition leader Tundu Lissu on Saturday as he prepared to address a rally .") == "VBD")
        #expect(try penn(of: "arrested", in: "People arrested after the protest were released on Monday .") == "VBN")
    }

    @Test("an opening noun phrase runs on through a phrase placing it: 'An attack on a military base killed/VBD …'")
    func placedNounPhraseKeepsVerbFinite() throws {
        #expect(try penn(of: "killed", in: "An attack on a military base in the northeast killed seven soldiers .") == "VBD")
        #expect(try penn(of: "killed", in: "Residents of the town killed in the attack were buried on Monday .") == "VBN")
    }

    @Test("a hyphen inside a word is a hyphen, not a comma that splits the clause: 'Army officers in Guinea-Bissau said …'")
    func hyphenInsideWord() throws {
        #expect(try penn(of: "-", in: "Army officers in Guinea-Bissau said on Wednesday they had seized power, dissolved the government and detained President Umaro Sissoco Embalo.",
                         segmented: true) == "HYPH")
        #expect(try penn(of: "-", in: "The talks failed - again.", segmented: true) != "HYPH")
    }

    @Test("training rates its passes on the perceptrons' own tags: a tagger built without repairs leaves the hyphen the models read as a comma")
    func ratingSkipsRepairs() throws {
        let shipped = try bundledTagger.get()
        let unrepaired = Tagger(header: shipped.header, forward: shipped.forward, backward: shipped.backward,
                                classes: shipped.classes, tagDictionary: shipped.tagDictionary,
                                features: shipped.features, lemmatizer: shipped.lemmatizer, repairing: false)
        var doc = Document(text: "Army officers in Guinea-Bissau said on Wednesday they had seized power.")
        try Segmenter().process(&doc)
        try unrepaired.process(&doc)
        let hyphen = try #require(doc.tokens.indices.first { doc.text(of: $0) == "-" })
        #expect(doc.xpos[hyphen] != "HYPH")
        try shipped.process(&doc)
        #expect(doc.xpos[hyphen] == "HYPH")
    }

    @Test("a clause opening with a bare noun phrase, its 'of' phrases, conjuncts, apposition and a relative clause between commas included (a sentence, or what is said), gets its finite verb (one in a participle clause after a comma, in a relative clause or after 'and' is not another clause's; a dateline's dash opens the sentence), and an opening gerund before a finite verb (in a sentence or in what is said) is its subject; a reduced relative and a headline keep the participle")
    func openingParticiple() throws {
        var doc = document("Rebels clashed with troops on Tuesday .", "Israeli jets struck Gaza , the military said .",
                           "Photos taken on Tuesday show the damage .", "Defector arrested after attempting to leave",
                           "A source cited by the agency , IRNA , revealed the plan .",
                           "The Pentagon said U.S. forces downed three drones .", "Fighting erupted in April .",
                           "Speaking on Monday , Biden said nothing .",
                           "Hundreds of people demonstrated against the government .",
                           "Zembla 's missiles and rockets of Kaldoria struck Florin .",
                           "Lina Sabbagh , a Haddad adviser , denied on Monday that the army was involved and was paid .",
                           "The assailants , who arrived on motorbikes , set fire to homes .",
                           "Residents said shelling lasted for several hours .",
                           "The rebel group claimed responsibility , saying its fighters had killed 60 soldiers .",
                           "India on Wednesday blamed militants based in Pakistan for an attack that killed 26 tourists in Indian-controlled Kashmir and announced a series of measures against its neighbour .",
                           "NEW DELHI ( AP ) — Pakistan on Thursday accused militants based in India for an attack that killed 26 tourists in Indian-controlled Kashmir .",
                           "Its foreign ministry expressed concern over the loss of lives and said Islamabad would respond to any Indian action .")
        try bundledTagger.get().process(&doc)
        func tag(_ word: String) -> String? {
            doc.tokens.indices.first { doc.text(of: $0) == word }.map { doc.xpos[$0] }
        }
        #expect(tag("clashed") == "VBD")
        #expect(tag("struck") == "VBD")
        #expect(tag("taken") == "VBN")
        #expect(tag("arrested") == "VBN")
        #expect(tag("cited") == "VBN")
        #expect(tag("downed") == "VBD")
        #expect(tag("Fighting") == "NN")
        #expect(tag("erupted") == "VBD")
        #expect(tag("Speaking") == "VBG")
        #expect(tag("demonstrated") == "VBD")
        #expect(doc.tokens.indices.last { doc.text(of: $0) == "struck" }.map { doc.xpos[$0] } == "VBD")
        #expect(tag("denied") == "VBD")
        #expect(tag("set") == "VBD")
        #expect(tag("shelling") == "NN")
        #expect(tag("lasted") == "VBD")
        #expect(tag("claimed") == "VBD")
        #expect(tag("blamed") == "VBD")
        #expect(tag("accused") == "VBD")
        #expect(tag("expressed") == "VBD")
    }

    @Test("the participle after an opening noun phrase becomes finite when the attribution after it is followed by an adverbial clause: 'drones struck …, the military said, as talks in Istanbul stalled'")
    func repairPastAdverbialClause() {
        let sentence: [(String, UPOS, String)] = [
            ("Ukrainian", .ADJ, "JJ"), ("drones", .NOUN, "NNS"), ("struck", .VERB, "VBN"), ("a", .DET, "DT"), ("base", .NOUN, "NN"),
            ("overnight", .ADV, "RB"), (",", .PUNCT, ","), ("Ukraine", .PROPN, "NNP"), ("'s", .PART, "POS"), ("military", .NOUN, "NN"),
            ("said", .VERB, "VBD"), ("on", .ADP, "IN"), ("Wednesday", .PROPN, "NNP"), (",", .PUNCT, ","), ("as", .SCONJ, "IN"),
            ("talks", .NOUN, "NNS"), ("in", .ADP, "IN"), ("Istanbul", .PROPN, "NNP"), ("stalled", .VERB, "VBD"), (".", .PUNCT, "."),
        ]
        let tags = repaired(sentence)
        #expect(tags[2] == "VBD")
        #expect(tags[3...] == sentence[3...].map(\.2)[...])
    }

    @Test("the participle right after a subject pronoun after a reporting verb becomes finite ('the army said it struck'), not one after an auxiliary or an object pronoun")
    func repairAfterReportedPronoun() {
        let struck: [(String, UPOS, String)] = [
            ("The", .DET, "DT"), ("army", .NOUN, "NN"), ("said", .VERB, "VBD"), ("it", .PRON, "PRP"), ("struck", .VERB, "VBN"),
            ("targets", .NOUN, "NNS"), ("overnight", .ADV, "RB"), (".", .PUNCT, "."),
        ]
        #expect(repaired(struck)[4] == "VBD")
        let passive: [(String, UPOS, String)] = [
            ("The", .DET, "DT"), ("army", .NOUN, "NN"), ("said", .VERB, "VBD"), ("it", .PRON, "PRP"), ("was", .AUX, "VBD"),
            ("struck", .VERB, "VBN"), ("overnight", .ADV, "RB"), (".", .PUNCT, "."),
        ]
        #expect(repaired(passive)[5] == "VBN")
        let told: [(String, UPOS, String)] = [
            ("The", .DET, "DT"), ("army", .NOUN, "NN"), ("told", .VERB, "VBD"), ("them", .PRON, "PRP"), ("struck", .VERB, "VBN"),
            ("targets", .NOUN, "NNS"), (".", .PUNCT, "."),
        ]
        #expect(repaired(told)[4] == "VBN")
    }

    @Test("an opening noun phrase may begin with a participle used as an adjective: 'Suspected jihadists killed/VBN …' becomes finite")
    func repairAfterParticipleAdjective() {
        let sentence: [(String, UPOS, String)] = [
            ("Suspected", .VERB, "VBN"), ("jihadists", .NOUN, "NNS"), ("killed", .VERB, "VBN"), ("20", .NUM, "CD"),
            ("villagers", .NOUN, "NNS"), ("in", .ADP, "IN"), ("Mali", .PROPN, "NNP"), (".", .PUNCT, "."),
        ]
        #expect(repaired(sentence) == ["VBN", "NNS", "VBD", "CD", "NNS", "IN", "NNP", "."])
    }

    @Test("a participle hyphened to the word before it is part of the opening noun phrase: 'The Saudi-led coalition struck/VBN …' becomes finite")
    func repairAfterHyphenedParticiple() {
        let sentence: [(String, UPOS, String)] = [
            ("The", .DET, "DT"), ("Saudi", .PROPN, "NNP"), ("-", .PUNCT, "HYPH"), ("led", .VERB, "VBN"), ("coalition", .NOUN, "NN"),
            ("struck", .VERB, "VBN"), ("Houthi", .PROPN, "NNP"), ("positions", .NOUN, "NNS"), (".", .PUNCT, "."),
        ]
        #expect(repaired(sentence) == ["DT", "NNP", "HYPH", "VBN", "NN", "VBD", "NNP", "NNS", "."])
    }

    @Test("a relative clause's verb is not the sentence's, and a day between subject and verb is skipped: 'Police detained/VBN 20 people who gathered …', 'A court on Monday sentenced/VBN …' become finite")
    func repairBeforeRelativeClauseAndAfterDay() {
        let detained: [(String, UPOS, String)] = [
            ("Police", .NOUN, "NNS"), ("detained", .VERB, "VBN"), ("20", .NUM, "CD"), ("people", .NOUN, "NNS"), ("who", .PRON, "WP"),
            ("gathered", .VERB, "VBD"), ("outside", .ADP, "IN"), ("the", .DET, "DT"), ("court", .NOUN, "NN"), (".", .PUNCT, "."),
        ]
        #expect(repaired(detained)[1] == "VBD")
        let sentenced: [(String, UPOS, String)] = [
            ("A", .DET, "DT"), ("Moscow", .PROPN, "NNP"), ("court", .NOUN, "NN"), ("on", .ADP, "IN"), ("Monday", .PROPN, "NNP"),
            ("sentenced", .VERB, "VBN"), ("an", .DET, "DT"), ("activist", .NOUN, "NN"), (".", .PUNCT, "."),
        ]
        #expect(repaired(sentenced)[5] == "VBD")
    }

    @Test("a past tense that opens a phrase running into the finite verb is a participle: 'fighters linked/VBD to al-Qaida attacked …'")
    func reducedRelativeBeforeFiniteVerb() {
        let linked: [(String, UPOS, String)] = [
            ("Jihadi", .ADJ, "JJ"), ("fighters", .NOUN, "NNS"), ("linked", .VERB, "VBD"), ("to", .ADP, "IN"), ("Qaida", .PROPN, "NNP"),
            ("attacked", .VERB, "VBD"), ("a", .DET, "DT"), ("school", .NOUN, "NN"), (".", .PUNCT, "."),
        ]
        #expect(repaired(linked) == ["JJ", "NNS", "VBN", "IN", "NNP", "VBD", "DT", "NN", "."])
        // A subordinator opens a clause of its own: "arrived" stays the verb.
        let arrived: [(String, UPOS, String)] = [
            ("Romendacil", .PROPN, "NNP"), ("arrived", .VERB, "VBD"), ("in", .ADP, "IN"), ("Gondor", .PROPN, "NNP"), ("since", .ADP, "IN"),
            ("demonstrators", .NOUN, "NNS"), ("crushed", .VERB, "VBD"), ("a", .DET, "DT"), ("protest", .NOUN, "NN"), (".", .PUNCT, "."),
        ]
        #expect(repaired(arrived)[1] == "VBD")
    }

    @Test("an '-ed' adjective after the subject, running through a prepositional phrase into the finite verb, is a participle: 'Gang members armed/JJ with rifles attacked …'")
    func reducedRelativeAdjective() {
        let armed: [(String, UPOS, String)] = [
            ("Gang", .NOUN, "NN"), ("members", .NOUN, "NNS"), ("armed", .ADJ, "JJ"), ("with", .ADP, "IN"), ("automatic", .ADJ, "JJ"),
            ("rifles", .NOUN, "NNS"), ("attacked", .VERB, "VBD"), ("the", .DET, "DT"), ("town", .NOUN, "NN"), (".", .PUNCT, "."),
        ]
        #expect(repaired(armed) == ["NN", "NNS", "VBN", "IN", "JJ", "NNS", "VBD", "DT", "NN", "."])
        // Without a finite verb after the phrase, the adjective stays one: "Residents were tired of …".
        let tired: [(String, UPOS, String)] = [
            ("The", .DET, "DT"), ("residents", .NOUN, "NNS"), ("were", .AUX, "VBD"), ("tired", .ADJ, "JJ"), ("of", .ADP, "IN"),
            ("waiting", .VERB, "VBG"), (".", .PUNCT, "."),
        ]
        #expect(repaired(tired)[3] == "JJ")
    }

    @Test("a gold lemma of '_' (the later part of a word a typo split) accepts any lemma, as the CoNLL 2018 script scores it")
    func underscoreGoldLemma() throws {
        // The end of an EWT dev sentence: "… as soon as poss ible".
        let sentence = try CoNLLU.parse("""
            1\tas\tas\tADV\tRB\t_\t2\tadvmod\t_\t_
            2\tsoon\tsoon\tADV\tRB\t_\t0\troot\t_\t_
            3\tas\tas\tSCONJ\tIN\t_\t4\tmark\t_\t_
            4\tposs\tpossible\tADJ\tGW\t_\t2\tadvcl\t_\t_
            5\tible\t_\tX\tJJ\t_\t4\tgoeswith\t_\t_

            """)
        let tagger = try bundledTagger.get()
        let lemmaMistakes = try tagger.mistakes(sentence).filter { !Tagger.lemma($0.lemma, matches: $0.gold) }
        #expect(lemmaMistakes.map(\.gold.form) == ["poss"])
        #expect(try tagger.evaluate(sentence).lemma == 80)
    }

    @Test("tokens it never saw are tagged without crashing")
    func unknownTokens() throws {
        let long = String(repeating: "ab", count: 100)
        var doc = document("Look 🙂 at https://example.org/a?b=c&d=e and \(long) !!! \u{200B}x")
        try bundledTagger.get().process(&doc)
        #expect(doc.upos.count == doc.tokens.count)
        #expect(doc.xpos.allSatisfy { !$0.isEmpty })
        #expect(doc.lemmas.count == doc.tokens.count)
        #expect(doc.invariantViolations().isEmpty)
    }

    @Test("an empty document stays empty")
    func emptyDocument() throws {
        var doc = Document(text: "")
        try bundledTagger.get().process(&doc)
        #expect(doc.upos.isEmpty && doc.lemmas.isEmpty)
    }

    @Test("the tagger needs tokens and sentences before it")
    func declaresLayers() throws {
        let tagger = try bundledTagger.get()
        #expect(throws: PipelineError.missingLayers(stage: "Tagger", missing: [.sentences, .tokens])) {
            try Pipeline([tagger])
        }
    }

    @Test("the model header records how it was made")
    func header() throws {
        let header = try bundledTagger.get().header
        #expect(header.command.hasPrefix("sitrep train tagger"))
        #expect(header.trainedOn.contains("ud-ewt/train.conllu"))
        #expect((header.scores["ewt-test.upos"] ?? 0) > 90)
    }

    @Test("a truncated model, another feature version or a non-model file is an error naming it")
    func badModelFiles() throws {
        let bundled = BundledModels.english.appendingPathComponent(Tagger.fileName)
        let bytes = try Data(contentsOf: bundled)
        let truncated = try temporaryFile("tagger.model")
        try bytes.prefix(bytes.count / 2).write(to: truncated)
        #expect(throws: ModelFileError.truncated(file: truncated.path)) { try Tagger(contentsOf: truncated) }

        var file = try ModelFile.read(bundled, kind: "tagger", featureVersion: TaggerFeatures.version)
        file.header.featureVersion = TaggerFeatures.version + 1
        let other = try temporaryFile("tagger.model")
        try file.write(to: other)
        #expect(throws: ModelFileError.featureVersionMismatch(
            file: other.path, expected: TaggerFeatures.version, found: TaggerFeatures.version + 1)) {
            try Tagger(contentsOf: other)
        }

        let text = try temporaryFile("tagger.model")
        try Data("# Trained models\n".utf8).write(to: text)
        #expect(throws: ModelFileError.notAModel(file: text.path)) { try Tagger(contentsOf: text) }
    }

    @Test("'that' before a singular noun that ends its phrase is a determiner; before a clause it stays a complementizer")
    func demonstrativeThat() throws {
        var doc = document("The aide rejected that claim and said talks would go on .",
                           "The aide said that talks would go on .")
        try bundledTagger.get().process(&doc)
        let that = doc.tokens.indices.filter { doc.text(of: $0) == "that" }.map { doc.xpos[$0] }
        #expect(that == ["DT", "IN"])
    }
}
