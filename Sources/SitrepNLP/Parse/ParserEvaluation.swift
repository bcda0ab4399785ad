import SitrepText

/// Attachment scores the CoNLL 2018 way: over every word, punctuation included, with the full
/// relation (subtype and all) for LAS.
public struct AttachmentScore: Sendable {
    public private(set) var words = 0
    public private(set) var correctHeads = 0
    public private(set) var correctLabelled = 0
    /// The same three counts for each gold relation, to show where the errors are.
    public private(set) var byRelation: [DependencyRelation: (words: Int, heads: Int, labelled: Int)] = [:]

    public init() {}

    /// Unlabelled attachment score, percent.
    public var uas: Double { words == 0 ? 0 : 100 * Double(correctHeads) / Double(words) }
    /// Labelled attachment score, percent.
    public var las: Double { words == 0 ? 0 : 100 * Double(correctLabelled) / Double(words) }

    /// Scores `predicted` against `gold`, sentence by sentence and word by word.
    public init(gold: [CoNLLUSentence], predicted: [CoNLLUSentence]) {
        for (goldSentence, predictedSentence) in zip(gold, predicted) {
            for (word, guess) in zip(goldSentence.words, predictedSentence.words) {
                add(word, headRight: guess.head == word.head, labelRight: guess.head == word.head && guess.relation == word.relation)
            }
        }
    }

    private mutating func add(_ word: CoNLLUWord, headRight: Bool, labelRight: Bool) {
        words += 1
        if headRight { correctHeads += 1 }
        if labelRight { correctLabelled += 1 }
        var counts = byRelation[word.relation, default: (0, 0, 0)]
        counts.words += 1
        if headRight { counts.heads += 1 }
        if labelRight { counts.labelled += 1 }
        byRelation[word.relation] = counts
    }
}

extension Parser {
    /// Scores the parser on gold-tokenised sentences with their gold tags and lemmas.
    public func evaluate(on sentences: [CoNLLUSentence]) -> AttachmentScore {
        AttachmentScore(gold: sentences, predicted: parsed(sentences))
    }

    /// `sentences` with the parser's heads and relations in place of the gold ones; the gold
    /// tags and lemmas are what it reads.
    public func parsed(_ sentences: [CoNLLUSentence]) -> [CoNLLUSentence] {
        sentences.map { gold in
            let parse = parse(ParserSentence(gold: gold))
            var sentence = gold
            for i in sentence.words.indices {
                sentence.words[i].head = parse.heads[i] == i ? 0 : parse.heads[i] + 1
                sentence.words[i].relation = parse.relations[i]
            }
            return sentence
        }
    }
}

extension ParserSentence {
    /// A treebank sentence with its gold tags and lemmas.
    public init(gold: CoNLLUSentence) {
        self.init(forms: gold.words.map(\.form), xpos: gold.words.map(\.xpos), upos: gold.words.map(\.upos),
                  lemmas: gold.words.map(\.lemma))
    }
}
