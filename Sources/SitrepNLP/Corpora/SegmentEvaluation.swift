import SitrepText

/// Precision, recall and F1 of predicted spans against gold spans, by exact match.
public struct SpanScore: Sendable, Equatable {
    public var gold = 0
    public var predicted = 0
    public var matched = 0

    public init(gold: Int = 0, predicted: Int = 0, matched: Int = 0) {
        self.gold = gold
        self.predicted = predicted
        self.matched = matched
    }

    /// Percent.
    public var precision: Double { predicted == 0 ? 0 : 100 * Double(matched) / Double(predicted) }
    /// Percent.
    public var recall: Double { gold == 0 ? 0 : 100 * Double(matched) / Double(gold) }
    /// Percent.
    public var f1: Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    /// Counts the spans both lists hold; each list is in ascending order without repeats.
    mutating func add(gold goldSpans: [Range<Int>], predicted predictedSpans: [Range<Int>]) {
        gold += goldSpans.count
        predicted += predictedSpans.count
        var g = 0
        var p = 0
        while g < goldSpans.count && p < predictedSpans.count {
            let a = goldSpans[g]
            let b = predictedSpans[p]
            if a == b {
                matched += 1
                g += 1
                p += 1
            } else if (a.lowerBound, a.upperBound) < (b.lowerBound, b.upperBound) {
                g += 1
            } else {
                p += 1
            }
        }
    }
}

/// Token and sentence scores of a segmenter on treebank documents, the way the CoNLL 2018
/// shared task scores them: the segmenter reads the raw text and a predicted span counts when
/// a gold span has exactly the same character offsets.
///
/// Tokens are scored as syntactic words ("do" + "n't", not the surface "don't"), because
/// those are what the segmenter emits and what the tagger and parser consume.
public struct SegmentEvaluation: Sendable {
    public var documents = 0
    public var tokens = SpanScore()
    public var sentences = SpanScore()

    public init() {}

    /// Runs `segmenter` on every document and scores it.
    public static func evaluate(_ documents: [GoldSegmentation], segmenter: Segmenter = Segmenter()) -> SegmentEvaluation {
        var result = SegmentEvaluation()
        for gold in documents {
            var document = Document(text: gold.text)
            segmenter.process(&document)
            let tokenSpans = document.tokens.map(\.scalars)
            let sentenceSpans = document.sentences.map { document.scalarRange(of: $0) }
            result.documents += 1
            result.tokens.add(gold: gold.words, predicted: tokenSpans)
            result.sentences.add(gold: gold.sentences, predicted: sentenceSpans)
        }
        return result
    }

    /// The metrics under the names DESIGN.md gives them, in percent.
    public var metrics: [(name: String, value: Double)] {
        [
            ("tokens.precision", tokens.precision), ("tokens.recall", tokens.recall), ("tokens.f1", tokens.f1),
            ("sentences.precision", sentences.precision), ("sentences.recall", sentences.recall),
            ("sentences.f1", sentences.f1),
        ]
    }
}
