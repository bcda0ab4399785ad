import Foundation
import SitrepText
import Testing
@testable import SitrepNLP

/// A lemmatizer learned from hand-written (form, lemma, UPOS, Penn tag) rows.
private func lemmatizer(_ rows: [(String, String, String, String)]) throws -> Lemmatizer {
    let lines = rows.enumerated().map { index, row in
        "\(index + 1)\t\(row.0)\t\(row.1)\t\(row.2)\t\(row.3)\t_\t0\troot\t_\t_"
    }
    let sentences = try CoNLLU.parse(lines.joined(separator: "\n") + "\n")
    return Lemmatizer(LemmaLexicon(learningFrom: sentences))
}

private let training = [
    ("went", "go", "VERB", "VBD"), ("cats", "cat", "NOUN", "NNS"), ("dogs", "dog", "NOUN", "NNS"),
    ("hats", "hat", "NOUN", "NNS"), ("flies", "fly", "NOUN", "NNS"), ("cries", "cry", "NOUN", "NNS"),
    ("walked", "walk", "VERB", "VBD"), ("jumped", "jump", "VERB", "VBD"), ("Paris", "Paris", "PROPN", "NNP"),
    ("London", "London", "PROPN", "NNP"), ("The", "the", "DET", "DT"), ("left", "leave", "VERB", "VBD"),
    ("left", "left", "ADJ", "JJ"),
]

@Suite("Lemmatizer")
struct LemmatizerTests {
    @Test("words seen in training get their lemma, by form and Penn tag", arguments: [
        ("went", "VERB", "VBD", "go"), ("left", "VERB", "VBD", "leave"), ("left", "ADJ", "JJ", "left"),
    ])
    func lexicon(form: String, upos: String, xpos: String, lemma: String) throws {
        #expect(try lemmatizer(training).lemma(form, upos: UPOS(upos)!, xpos: xpos) == lemma)
    }

    @Test("a capitalised form falls back to its lowercase entry")
    func lowercaseFallback() throws {
        #expect(try lemmatizer(training).lemma("Went", upos: .VERB, xpos: "VBD") == "go")
    }

    @Test("unseen words get the suffix rule of their ending", arguments: [
        ("bats", "NOUN", "NNS", "bat"), ("tries", "NOUN", "NNS", "try"), ("talked", "VERB", "VBD", "talk"),
        ("Berlin", "PROPN", "NNP", "Berlin"), ("Hats", "NOUN", "NNS", "hat"),
    ])
    func suffixRules(form: String, upos: String, xpos: String, lemma: String) throws {
        #expect(try lemmatizer(training).lemma(form, upos: UPOS(upos)!, xpos: xpos) == lemma)
    }

    @Test("the same form and Penn tag keep a lemma per UPOS")
    func jointTag() throws {
        let lemmas = try lemmatizer([("United", "Unite", "VERB", "NNP"), ("United", "United", "ADJ", "NNP"),
                                     ("United", "Unite", "VERB", "NNP")])
        #expect(lemmas.lemma("United", upos: .VERB, xpos: "NNP") == "Unite")
        #expect(lemmas.lemma("United", upos: .ADJ, xpos: "NNP") == "United")
    }

    @Test("a suffix rule's unknown stem gives way to a known lemma", arguments: [
        ("provoked", "provoke"), ("talked", "talk"),
    ])
    func knownLemma(form: String, lemma: String) throws {
        let lemmas = try lemmatizer(training + [("looked", "look", "VERB", "VBD"), ("cooked", "cook", "VERB", "VBD"),
                                                ("provoke", "provoke", "VERB", "VB")])
        #expect(lemmas.lemma(form, upos: .VERB, xpos: "VBD") == lemma)
    }

    @Test("when no ending's rule gives a known lemma, a shorter ending's stem may still be one with its final 'e' restored: 'subscribed' → 'subscribe', not 'subscri'")
    func shorterEndingVariant() throws {
        let lemmas = try lemmatizer(training + [("robbed", "rob", "VERB", "VBD"), ("grabbed", "grab", "VERB", "VBD"),
                                                ("stabbed", "stab", "VERB", "VBD"), ("looked", "look", "VERB", "VBD"),
                                                ("kicked", "kick", "VERB", "VBD"), ("subscribe", "subscribe", "VERB", "VB")])
        #expect(lemmas.lemma("subscribed", upos: .VERB, xpos: "VBD") == "subscribe")
        #expect(lemmas.lemma("sobbed", upos: .VERB, xpos: "VBD") == "sob")
    }

    @Test("an unknown stem keeps its last letter rather than becoming a shorter known lemma")
    func stemNotCut() throws {
        let lemmas = try lemmatizer(training + [("temp", "temp", "NOUN", "NN")])
        #expect(lemmas.lemma("tempted", upos: .VERB, xpos: "VBD") == "tempt")
    }

    @Test("a number is its own lemma without thousands separators, whatever the rules learned of its ending", arguments: [
        ("20.000", "20.000"), ("1,100", "1100"), ("3,202.61", "3202.61"), ("1,8", "1.8"), ("535-4000", "535-4000"),
    ])
    func numbers(form: String, lemma: String) throws {
        let lemmas = try lemmatizer(training + [("1,000", "1000", "NUM", "CD"), ("5,000", "5000", "NUM", "CD"),
                                                ("30,000", "30000", "NUM", "CD")])
        #expect(lemmas.lemma(form, upos: .NUM, xpos: "CD") == lemma)
    }

    @Test("a name in capitals of six letters or more is lemmatized in title case; a shorter one is taken for an acronym", arguments: [
        ("SCALIA", "NNP", "Scalia"), ("NATO", "NNP", "NATO"), ("DEMOCRATS", "NNPS", "Democrat"),
    ])
    func shoutedNames(form: String, xpos: String, lemma: String) throws {
        let lemmas = try lemmatizer(training + [("Republicans", "Republican", "PROPN", "NNPS"),
                                                ("Houthis", "Houthi", "PROPN", "NNPS")])
        #expect(lemmas.lemma(form, upos: .PROPN, xpos: xpos) == lemma)
    }

    @Test("odd input is returned whole rather than crashing", arguments: ["", "🙂", String(repeating: "x", count: 200)])
    func oddInput(form: String) throws {
        #expect(try lemmatizer(training).lemma(form, upos: .X, xpos: "FW") == form)
    }

    @Test("the encoded tables read back to the same lemmas")
    func encodedRoundTrip() throws {
        let lines = training.enumerated().map { "\($0 + 1)\t\($1.0)\t\($1.1)\t\($1.2)\t\($1.3)\t_\t0\troot\t_\t_" }
        let lexicon = LemmaLexicon(learningFrom: try CoNLLU.parse(lines.joined(separator: "\n") + "\n"))
        let decoded = try Lemmatizer(encoded: lexicon.encoded(), file: "lemmas")
        let direct = Lemmatizer(lexicon)
        for (form, upos, xpos) in [("went", UPOS.VERB, "VBD"), ("tries", .NOUN, "NNS"), ("Went", .VERB, "VBD")] {
            #expect(decoded.lemma(form, upos: upos, xpos: xpos) == direct.lemma(form, upos: upos, xpos: xpos))
        }
        #expect(throws: ModelFileError.truncated(file: "lemmas")) {
            try Lemmatizer(encoded: Data("F\tonly two\n".utf8), file: "lemmas")
        }
    }

    @Test("a lemma given once and never a word of the text is a slip, not an exception: one 'freed' → 'fre' does not outvote the rules")
    func unattestedLemmaIsNoException() throws {
        let lemmas = try lemmatizer(training + [("agreed", "agree", "VERB", "VBD"), ("disagreed", "disagree", "VERB", "VBD"),
                                                ("free", "free", "ADJ", "JJ"), ("freed", "fre", "VERB", "VBD")])
        #expect(lemmas.lemma("freed", upos: .VERB, xpos: "VBD") == "free")
        #expect(lemmas.lemma("went", upos: .VERB, xpos: "VBD") == "go")
    }

    @Test("the bundled model lemmatises common news words", arguments: [
        ("forces", "NOUN", "NNS", "force"), ("was", "AUX", "VBD", "be"), ("targeted", "VERB", "VBN", "target"),
        ("said", "VERB", "VBD", "say"), ("militias", "NOUN", "NNS", "militia"), ("Houthis", "PROPN", "NNPS", "Houthi"),
        ("freed", "VERB", "VBD", "free"), ("freed", "VERB", "VBN", "free"),
    ])
    func bundled(form: String, upos: String, xpos: String, lemma: String) throws {
        #expect(try bundledTagger.get().lemmatizer.lemma(form, upos: UPOS(upos)!, xpos: xpos) == lemma)
    }
}
