import SitrepText

/// Attachment scores the CoNLL 2018 way: over every word, punctuation included, with the full
/// relation (subtype and all) for LAS.
public struct AttachmentScore: Sendable {
    public private(set) var words = 0
    public private(set) var correctHeads = 0
    public private(set) var correctLabelled = 0

    public init() {}

    /// Unlabelled attachment score, percent.
    public var uas: Double { words == 0 ? 0 : 100 * Double(correctHeads) / Double(words) }
    /// Labelled attachment score, percent.
    public var las: Double { words == 0 ? 0 : 100 * Double(correctLabelled) / Double(words) }

    /// Adds one sentence: `heads` index its words, the root pointing at itself.
    public mutating func add(gold: CoNLLUSentence, heads: [Int], relations: [DependencyRelation]) {
        for (i, word) in gold.words.enumerated() {
            words += 1
            let goldHead = word.head == 0 ? i : word.head - 1
            guard i < heads.count, heads[i] == goldHead else { continue }
            correctHeads += 1
            if i < relations.count && relations[i] == word.relation { correctLabelled += 1 }
        }
    }
}

extension Parser {
    /// Scores the parser on gold-tokenised sentences with their gold tags and lemmas.
    public func evaluate(on sentences: [CoNLLUSentence]) -> AttachmentScore {
        var score = AttachmentScore()
        for gold in sentences {
            let parsed = parse(ParserSentence(gold: gold))
            score.add(gold: gold, heads: parsed.heads, relations: parsed.relations)
        }
        return score
    }
}

extension ParserSentence {
    /// A treebank sentence with its gold tags and lemmas.
    public init(gold: CoNLLUSentence) {
        self.init(forms: gold.words.map(\.form), xpos: gold.words.map(\.xpos), upos: gold.words.map(\.upos),
                  lemmas: gold.words.map(\.lemma))
    }
}
