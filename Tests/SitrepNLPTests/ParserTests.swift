import Foundation
import SitrepModels
import SitrepText
import Testing
@testable import SitrepNLP

/// The committed parser model on hand-built input: every token gets one head, every
/// sentence a tree, whatever the input looks like.
struct ParserTests {
    static let parser = Result { try Parser(folder: BundledModels.english) }

    /// A document of given sentences of (word, Penn tag, universal tag), tokens separated by spaces.
    static func document(_ sentences: [[(String, String, UPOS)]]) -> Document {
        let words = sentences.flatMap { $0 }
        var document = Document(text: words.map(\.0).joined(separator: " "))
        var tokens: [Token] = []
        var offset = 0
        var scalar = 0
        for (word, _, _) in words {
            tokens.append(Token(scalars: scalar..<scalar + word.unicodeScalars.count, utf8: offset..<offset + word.utf8.count))
            offset += word.utf8.count + 1
            scalar += word.unicodeScalars.count + 1
        }
        var ranges: [Range<Int>] = []
        for sentence in sentences {
            let start = ranges.last?.upperBound ?? 0
            ranges.append(start..<start + sentence.count)
        }
        document.setSegmentation(tokens: tokens, sentences: ranges)
        document.setTags(upos: words.map(\.2), xpos: words.map(\.1))
        return document
    }

    /// Problems with the parse as trees; empty when each sentence is one tree.
    static func treeProblems(_ document: Document) -> [String] {
        var problems = document.invariantViolations()
        if document.heads.count != document.tokens.count { problems.append("heads missing") }
        for range in document.sentences {
            let roots = range.filter { document.heads[$0] == $0 }
            if roots.count != 1 { problems.append("sentence \(range) has \(roots.count) roots") }
            for i in range {
                var current = i
                var steps = 0
                while document.heads[current] != current && steps <= range.count {
                    current = document.heads[current]
                    steps += 1
                }
                if steps > range.count { problems.append("token \(i) is on a cycle") }
            }
            for i in range where (document.heads[i] == i) != (document.relations[i] == .root) {
                problems.append("token \(i): root relation and self-head disagree")
            }
        }
        return problems
    }

    static let vocabulary: [(String, String, UPOS)] = [
        ("Biden", "NNP", .PROPN), ("warned", "VBD", .VERB), ("Iran", "NNP", .PROPN), (".", ".", .PUNCT),
        ("the", "DT", .DET), ("forces", "NNS", .NOUN), ("were", "VBD", .AUX), ("targeted", "VBN", .VERB),
        ("by", "IN", .ADP), (",", ",", .PUNCT), ("and", "CC", .CCONJ), ("said", "VBD", .VERB),
        ("12", "CD", .NUM), ("|", "NFP", .PUNCT), ("quickly", "RB", .ADV), ("new", "JJ", .ADJ),
    ]

    @Test("random token sequences: every token gets exactly one head and each sentence is a tree, greedy or with a beam",
          arguments: [1, 6])
    func randomSequences(beamWidth: Int) throws {
        var parser = try Self.parser.get()
        parser.beamWidth = beamWidth
        var random = SeededGenerator(seed: 42)
        for _ in 0..<40 {
            let sentences = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                (0..<Int.random(in: 1...30, using: &random)).map { _ in Self.vocabulary.randomElement(using: &random)! }
            }
            var document = Self.document(sentences)
            try parser.process(&document)
            #expect(Self.treeProblems(document) == [])
        }
    }

    @Test("a weight table read straight from a model file scores as the decoded model does, and as the table built from it, with three classes and with many", arguments: [3, 40])
    func weightTableFromFile(classCount: Int) throws {
        var random = SeededGenerator(seed: 7)
        var rows: [UInt64: Int32] = [:]
        var weights: [Float] = []
        for _ in 0..<5_000 {
            rows[UInt64.random(in: 1...UInt64.max, using: &random)] = Int32(rows.count)
            weights += (0..<classCount).map { _ in Bool.random(using: &random) ? 0 : Float.random(in: -40...40, using: &random) }
        }
        let model = PerceptronModel(classCount: classCount, rows: rows, weights: weights)
        let encoded = model.encoded()
        let direct = try WeightTable(encoded: encoded, file: "w")
        let model16 = try PerceptronModel(encoded: encoded, file: "w")
        let decoded = WeightTable(model16)
        var features = Array(rows.keys.prefix(2_000))
        features += (0..<500).map { _ in UInt64.random(in: 1...UInt64.max, using: &random) }
        var exact: [Float] = [], expected: [Float] = [], got: [Float] = [], scratch: [UInt64] = []
        for start in stride(from: 0, to: features.count, by: 25) {
            let batch = Array(features[start..<min(start + 25, features.count)])
            model16.scores(batch, into: &exact)
            decoded.scores(batch, into: &expected, scratch: &scratch)
            direct.scores(batch, into: &got, scratch: &scratch)
            #expect(got == expected)
            // 16-bit fixed point, one step 40/32767: 25 rounded weights stray at most 0.02.
            #expect(zip(got, exact).allSatisfy { abs($0 - $1) < 0.05 })
        }
        #expect(throws: ModelFileError.truncated(file: "w")) { try WeightTable(encoded: encoded.dropLast(3), file: "w") }
    }

    @Test("a one-token sentence and a sentence of only punctuation")
    func degenerateSentences() throws {
        let parser = try Self.parser.get()
        var document = Self.document([[("Hello", "UH", .INTJ)], [(".", ".", .PUNCT), ("!", ".", .PUNCT), (",", ",", .PUNCT), ("(", "-LRB-", .PUNCT)]])
        try parser.process(&document)
        #expect(Self.treeProblems(document) == [])
        #expect(document.heads[0] == 0 && document.relations[0] == .root)
    }

    @Test("a 300-token sentence parses in linear time")
    func longSentence() throws {
        let parser = try Self.parser.get()
        let row = Array(Self.vocabulary.prefix(13))
        let short = (0..<300).map { row[$0 % row.count] }
        let long = (0..<3000).map { row[$0 % row.count] }
        var document = Self.document([short])
        let clock = ContinuousClock()
        let shortTime = try clock.measure {
            for _ in 0..<10 {
                document = Self.document([short])
                try parser.process(&document)
            }
        }
        #expect(Self.treeProblems(document) == [])
        var longDocument = Self.document([long])
        let longTime = try clock.measure { try parser.process(&longDocument) }
        #expect(Self.treeProblems(longDocument) == [])
        // Ten times the words in one sentence: linear costs about the same as ten short
        // sentences, quadratic ten times more.
        #expect(longTime < shortTime * 4)
    }

    @Test("who did what to whom in plain news sentences", arguments: [
        ([("Biden", "NNP", UPOS.PROPN), ("warned", "VBD", .VERB), ("Iran", "NNP", .PROPN), (".", ".", .PUNCT)],
         [("Biden", "nsubj", "warned"), ("Iran", "obj", "warned"), (".", "punct", "warned")]),
        ([("U.S.", "NNP", .PROPN), ("forces", "NNS", .NOUN), ("were", "VBD", .AUX), ("targeted", "VBN", .VERB),
          ("by", "IN", .ADP), ("militants", "NNS", .NOUN), (".", ".", .PUNCT)],
         [("forces", "nsubj:pass", "targeted"), ("were", "aux:pass", "targeted"), ("militants", "obl:agent", "targeted")]),
    ] as [([(String, String, UPOS)], [(String, String, String)])])
    func newsSentences(words: [(String, String, UPOS)], arcs: [(String, String, String)]) throws {
        let parser = try Self.parser.get()
        var document = Self.document([words])
        try parser.process(&document)
        for (dependent, relation, head) in arcs {
            let d = words.firstIndex { $0.0 == dependent }!
            #expect(document.text(of: document.heads[d]) == head && document.relations[d].rawValue == relation,
                    "\(dependent) —\(relation)→ \(head)")
        }
    }

    /// The sample article, segmented, tagged and parsed by the bundled models as in the
    /// Analyzer: the subject and object of its reporting and action verbs, as
    /// (dependent, relation, head) by word. A name's head is its first word, as in UD
    /// ("Joe Biden": Joe, with Biden attached to it as `flat`).
    static let sampleArcs = [
        ("Joe", "nsubj", "issued"), ("warning", "obj", "issued"), ("House", "nsubj", "announced"),
        ("John", "nsubj", "confirmed"), ("message", "nsubj:pass", "relayed"), ("Pentagon", "nsubj", "revealed"),
        ("forces", "nsubj:pass", "targeted"), ("Biden", "nsubj", "reiterated"), ("warning", "obj", "reiterated"),
        ("he", "nsubj", "disclose"), ("method", "obj", "disclose"), ("Biden", "nsubj", "stated"),
        ("aide", "nsubj", "disputed"), ("account", "obj", "disputed"), ("Mohammad", "nsubj", "claimed"),
        ("He", "nsubj", "called"), ("source", "nsubj", "revealed"), ("States", "nsubj", "sent"),
        ("messages", "obj", "sent"), ("Israel", "nsubj", "vowed"), ("Hossein", "nsubj", "addressed"),
        ("military", "nsubj", "carried"),
    ]

    @Test("the sample article: subjects and objects of its reporting and action verbs")
    func sampleArticleArcs() throws {
        var document = Document(text: try String(contentsOf: Self.sampleArticle, encoding: .utf8))
        try Segmenter().process(&document)
        try bundledTagger.get().process(&document)
        try Self.parser.get().process(&document)
        let arcs = Set(document.tokens.indices.map {
            "\(document.text(of: $0)) —\(document.relations[$0].rawValue)→ \(document.text(of: document.heads[$0]))"
        })
        let missing = Self.sampleArcs.map { "\($0) —\($1)→ \($2)" }.filter { !arcs.contains($0) }
        // "In response to the statement, an aide to … disputed": the greedy parser hangs "an
        // aide" on "statement" (events and quotes recover that subject as the phrase before
        // the verb).
        let known = ["aide —nsubj→ disputed"]
        #expect(missing.filter { !known.contains($0) } == [])
        withKnownIssue("the fronted-phrase subject of 'disputed' is misparsed") {
            #expect(missing.filter(known.contains) == [])
        }
    }

    static let sampleArticle = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples/articles/icaro-2023-10-26-biden-warns-khamenei.txt")
}
