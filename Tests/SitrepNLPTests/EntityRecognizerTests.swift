import Foundation
import SitrepModels
import SitrepText
import Testing

@testable import SitrepNLP

/// Words and punctuation of a plain sentence, without the segment stage: punctuation is
/// split off word edges, "U.S." keeps its dots, and "'s" is its own token.
private func words(_ text: String) -> [String] {
    var result: [String] = []
    for chunk in text.split(whereSeparator: \.isWhitespace) {
        var word = Substring(chunk)
        var leading: [String] = []
        var trailing: [String] = []
        while let first = word.first, "\"“(".contains(first) {
            leading.append(String(first))
            word = word.dropFirst()
        }
        while let last = word.last, ",;:!?\"”)".contains(last) || (last == "." && word.dropLast().allSatisfy { $0 != "." }) {
            trailing.insert(String(last), at: 0)
            word = word.dropLast()
        }
        var possessive: String?
        if word.hasSuffix("'s") || word.hasSuffix("’s") {
            possessive = String(word.suffix(2))
            word = word.dropLast(2)
        }
        result += leading + (word.isEmpty ? [] : [String(word)]) + (possessive.map { [$0] } ?? []) + trailing
    }
    return result
}

private let modelURL = BundledModels.english.appendingPathComponent(EntityRecognizer.fileName)
private let modelAvailable = FileManager.default.fileExists(atPath: modelURL.path)
/// Loaded once for all model tests (debug builds read the file slowly).
private let bundledRecognizer = try? EntityRecognizer(contentsOf: modelURL)

extension EntityRecognizer {
    /// The entities of `words`, tagged first by the bundled tagger (`TaggerTests`), as in
    /// the Analyzer.
    fileprivate func recognize(_ words: [String]) throws -> [Span<EntityType>] {
        recognize(words, tags: try RecognizerTags.tag([words], with: bundledTagger.get())[0])
    }
}
private let sampleURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Samples/articles/icaro-2023-10-26-biden-warns-khamenei.txt")

@Suite("Entity recognizer")
struct EntityRecognizerTests {
    @Test("IOB2 reads both layouts, maps re3d types and decodes I- after O as a new span")
    func readsIOB2() throws {
        let uner = "# sent_id = a\n1\tJoe\tB-PER\t-\t-\n2\tBiden\tI-PER\t-\t-\n3\tspoke\tO\t-\t-\n\n"
        let re3d = "the\tB-Organisation\nUN\tI-Organisation\nin\tO\nSyria\tI-Location\nMonday\tB-Temporal\n\n"
        let sentences = try IOB2.parse(uner + re3d)
        #expect(sentences.count == 2)
        #expect(sentences[0].id == "a")
        #expect(sentences[0].entities == [Span(tokens: 0..<2, label: EntityType.PER)])
        #expect(sentences[1].entities == [Span(tokens: 0..<2, label: .ORG), Span(tokens: 3..<4, label: .LOC)])
        #expect(sentences[1].trimmedToNames().entities == [Span(tokens: 1..<2, label: .ORG), Span(tokens: 3..<4, label: .LOC)])
    }

    @Test("an unknown label is an error naming the file and line")
    func unknownLabel() {
        #expect(throws: CorpusError.self) { try IOB2.parse("Paris\tB-CITY\n", file: "x.iob2") }
        do {
            _ = try IOB2.parse("ok\tO\nParis\tB-CITY\n", file: "x.iob2")
        } catch {
            #expect("\(error)".hasPrefix("x.iob2:2:"))
        }
    }

    @Test("gazetteer marks names with their BILOU position and survives encoding")
    func gazetteer() throws {
        let built = Gazetteer(names: [(["white", "house"], .organisation), (["iran"], .place)])
        let decoded = try Gazetteer(encoded: built.encoded(), file: "test")
        let hashes = ["the", "white", "house", "and", "iran"].map { Gazetteer.wordHash($0) }
        var marks: [UInt32] = []
        decoded.matches(hashes, into: &marks)
        let organisation = 4 * 1  // bit of the first organisation position
        let place = 4 * 2
        #expect(marks == [0, 1 << organisation, 1 << (organisation + 2), 0, 1 << (place + 3)])
        #expect(decoded.categories(of: hashes[1...2]) == .organisation)
        #expect(decoded.categories(of: hashes[1...1]).isEmpty)
    }

    @Test("the gazetteer reads territories as places and coded organisations as organisations, from CR LF tables too")
    func gazetteerCategories() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-gazetteer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let files = [
            "phoenix/Phoenix.Countries.actors.txt": "PALESTINE_ [PSE]\n+PALESTINIAN_\nGAZA_ [PSEGZA]\nHAMAS_GOVERNMENT_ [PSEGOV]\n",
            "phoenix/Phoenix.International.actors.txt": "UNIVERSAL_POSTAL_UNION_\t[IGO]\n",
            "phoenix/Phoenix.MilNonState.actors.txt": "",
            "ontology/cameo_countries.csv": "code,name,kind\r\nMEA,Middle East,region\r\n",
            "ontology/cameo_actor_types.csv": "code,name\r\nGOV,Government\r\nIGO,Inter-Governmental Organization\r\n",
        ]
        for (path, text) in files {
            let url = data.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let gazetteer = try GazetteerBuilder.build(data: data)
        func category(_ name: String) -> Gazetteer.Category {
            gazetteer.categories(of: name.split(separator: " ").map { Gazetteer.wordHash($0) })
        }
        #expect(category("gaza") == .place)
        #expect(category("palestinian") == .nationality)
        #expect(category("middle east") == .place)
        #expect(category("hamas government") == .organisation)
        #expect(category("universal postal union") == .organisation)
    }

    @Test("a sentence of capitalised words is a headline; ordinary prose is not")
    func headline() {
        let empty = Gazetteer(names: [])
        let casing = CaseProfile(sentences: [])
        let title = words("President Biden Warns Iranian Supreme Leader Against Targeting U.S. Personnel in the Middle East")
        #expect(RecognizerSentence(words: title, tags: nil, gazetteer: empty, casing: casing).isHeadline)
        let prose = words("White House spokesman John Kirby confirmed the message.")
        #expect(!RecognizerSentence(words: prose, tags: nil, gazetteer: empty, casing: casing).isHeadline)
    }

    @Test("the case profile knows which words are usually capitalised")
    func caseProfile() throws {
        let profile = try CaseProfile(encoded: CaseProfile(sentences: [
            ["Then", "Biden", "warns", "Iran"], ["And", "Biden", "warns", "Iran"], ["So", "biden", "warns", "Iran"],
        ]).encoded(), file: "test")
        #expect(profile.class(of: Gazetteer.wordHash("iran")) == 4)
        #expect(profile.class(of: Gazetteer.wordHash("warns")) == 1)
        #expect(profile.class(of: Gazetteer.wordHash("biden")) == 3)
        #expect(profile.class(of: Gazetteer.wordHash("then")) == 0)
    }

    @Test("a truncated or foreign model file is a clear error, not a crash")
    func badModelFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-recognizer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bogus = folder.appendingPathComponent("bogus.model")
        try Data("not a model".utf8).write(to: bogus)
        #expect(throws: ModelFileError.notAModel(file: bogus.path)) { try EntityRecognizer(contentsOf: bogus) }
        let header = ModelHeader(kind: "tagger", featureVersion: 1, labels: [:], trainedOn: [], command: "", scores: [:])
        let tagger = folder.appendingPathComponent("tagger.model")
        try ModelFile(header: header).write(to: tagger)
        #expect(throws: ModelFileError.wrongKind(file: tagger.path, expected: "recognizer", found: "tagger")) {
            try EntityRecognizer(contentsOf: tagger)
        }
        if let data = try? Data(contentsOf: modelURL) {
            let truncated = folder.appendingPathComponent("truncated.model")
            try data.prefix(data.count / 2).write(to: truncated)
            #expect(throws: ModelFileError.truncated(file: truncated.path)) { try EntityRecognizer(contentsOf: truncated) }
        }
    }

    @Test("the bundled model finds the sample article's people, organisations and places",
          .enabled(if: modelAvailable, "needs Models/en/recognizer.model"))
    func sampleArticle() throws {
        let recognizer = try #require(bundledRecognizer)
        let text = try String(contentsOf: sampleURL, encoding: .utf8)
        var found: [(text: String, type: EntityType)] = []
        for line in text.split(separator: "\n") {
            var sentence: [String] = []
            for word in words(String(line)) {
                sentence.append(word)
                guard [".", "?", "!"].contains(word) else { continue }
                found += try recognizer.recognize(sentence).map { (sentence[$0.tokens].joined(separator: " "), $0.label) }
                sentence = []
            }
            found += try recognizer.recognize(sentence).map { (sentence[$0.tokens].joined(separator: " "), $0.label) }
        }
        let expected: [(String, EntityType)] = [
            ("Joe Biden", .PER), ("Ali Khamenei", .PER), ("John Kirby", .PER), ("Ebrahim Raisi", .PER),
            ("Mohammad Jamshidi", .PER),
            ("White House", .ORG), ("Pentagon", .ORG), ("Hamas", .ORG), ("Hezbollah", .ORG), ("IRNA", .ORG),
            ("United Nations", .ORG),
            ("Tehran", .LOC), ("Iraq", .LOC), ("Syria", .LOC), ("Israel", .LOC), ("Gaza", .LOC), ("Lebanon", .LOC),
            ("Yemen", .LOC), ("Middle East", .LOC),
        ]
        for (name, type) in expected {
            #expect(found.contains { $0.type == type && $0.text.contains(name) }, "\(name) as \(type)")
        }
        // Issue 4 lists these too; the shipped model tags "Iran's Foreign Minister Hossein
        // Amirabdollahian" as one LOC and misses "the Houthis".
        withKnownIssue("missed by the current model") {
            for (name, type) in [("Hossein Amirabdollahian", EntityType.PER), ("Houthis", .ORG)] {
                #expect(found.contains { $0.type == type && $0.text.contains(name) }, "\(name) as \(type)")
            }
        }
    }

    @Test("no entity spans the headline's verbs",
          .enabled(if: modelAvailable, "needs Models/en/recognizer.model"))
    func headlineVerbs() throws {
        let recognizer = try #require(bundledRecognizer)
        let title = words("President Biden Warns Iranian Supreme Leader Against Targeting U.S. Personnel in the Middle East")
        let entities = try recognizer.recognize(title)
        for verb in ["Warns", "Targeting"] {
            let index = try #require(title.firstIndex(of: verb))
            #expect(!entities.contains { $0.tokens.contains(index) }, "\(verb) is inside \(entities)")
        }
    }

    @Test("a day of the week written after a name stays outside it",
          .enabled(if: modelAvailable, "needs Models/en/recognizer.model"))
    func weekdayAfterName() throws {
        let recognizer = try #require(bundledRecognizer)
        for line in ["President Biden Tuesday said he would not send troops.",
                     "The United Nations Wednesday condemned the attack on the convoy."] {
            let tokens = words(line)
            let day = try #require(tokens.firstIndex { $0.hasSuffix("day") })
            let entities = try recognizer.recognize(tokens)
            #expect(entities.contains { $0.tokens.upperBound == day }, "\(entities)")
            #expect(!entities.contains { $0.tokens.contains(day) }, "\(entities)")
        }
    }

    @Test("a person's span that starts or stops at a double-barrelled name's hyphen takes in the whole name", arguments: [
        (3..<5, 1..<5), (4..<5, 1..<5), (1..<3, 1..<5), (1..<4, 1..<5), (1..<5, 1..<5),
    ])
    func hyphenatedName(found: Range<Int>, joined: Range<Int>) {
        let words = ["said", "Clementine", "Nkweta", "-", "Salami", ",", "the", "U.N.", "coordinator"]
        let tags = RecognizerTags(upos: [.VERB, .PROPN, .PROPN, .PUNCT, .PROPN, .PUNCT, .DET, .PROPN, .NOUN],
                                  xpos: ["VBD", "NNP", "NNP", "HYPH", "NNP", ",", "DT", "NNP", "NN"])
        let spans = [Span(tokens: found, label: EntityType.PER), Span(tokens: 7..<8, label: .ORG)]
        #expect(EntityRecognizer.joiningHyphenatedNames(spans, words: words, tags: tags).map(\.tokens) == [joined, 7..<8])
        let place = [Span(tokens: 4..<5, label: EntityType.LOC)]
        #expect(EntityRecognizer.joiningHyphenatedNames(place, words: words, tags: tags) == place)
    }

    @Test("an interview's speaker name ends at its colon",
          .enabled(if: modelAvailable, "needs Models/en/recognizer.model"))
    func interviewSpeaker() throws {
        let recognizer = try #require(bundledRecognizer)
        for line in ["Mario Lucero: Right now, yeah, he's helping us right now.",
                     "Marymegan Daly: You mean, how did we manage to make it all happen so quickly?"] {
            let tokens = words(line)
            let colon = try #require(tokens.firstIndex(of: ":"))
            let entities = try recognizer.recognize(tokens)
            #expect(entities.contains { $0.label == .PER && $0.tokens == 0..<colon }, "\(entities)")
            #expect(!entities.contains { $0.tokens.contains(colon) || $0.tokens.contains(colon + 1) }, "\(entities)")
        }
    }

    @Test("unusual tokens are tagged without a crash", .enabled(if: modelAvailable, "needs Models/en/recognizer.model"))
    func unusualTokens() throws {
        let recognizer = try #require(bundledRecognizer)
        let odd = ["🙂", "https://example.com/a?b=c", String(repeating: "x", count: 200), "", "İstanbul", "'s"]
        _ = try recognizer.recognize(odd)
        #expect(try recognizer.recognize([String]()).isEmpty)
    }

    @Test("the stage fills Document.entities with document token indices",
          .enabled(if: modelAvailable, "needs Models/en/recognizer.model"))
    func stage() throws {
        let recognizer = try #require(bundledRecognizer)
        let text = "It rained. President Joe Biden warned Iran."
        var document = Document(text: text)
        var tokens: [Token] = []
        var offset = 0
        for piece in ["It", " ", "rained", ".", " ", "President", " ", "Joe", " ", "Biden", " ", "warned", " ", "Iran", "."] {
            let count = piece.unicodeScalars.count
            if piece != " " { tokens.append(Token(scalars: offset..<offset + count, utf8: offset..<offset + count)) }
            offset += count
        }
        document.setSegmentation(tokens: tokens, sentences: [0..<3, 3..<9])
        try bundledTagger.get().process(&document)
        try recognizer.process(&document)
        #expect(document.invariantViolations().isEmpty)
        #expect(document.entities.contains(Span(tokens: 4..<6, label: .PER)))
        #expect(document.entities.contains(Span(tokens: 7..<8, label: .LOC)))
    }
}
