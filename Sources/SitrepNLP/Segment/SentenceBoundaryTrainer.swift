import SitrepText

/// Trains the sentence-boundary classifier on treebank documents: each candidate gap the
/// the classifier decides is an example, labelled by whether a gold sentence starts there.
public struct SentenceBoundaryTrainer: Sendable {
    public var epochs: Int
    public var seed: UInt64

    public init(epochs: Int = 15, seed: UInt64 = 1) {
        self.epochs = epochs
        self.seed = seed
    }

    /// The averaged model after `epochs` passes over `documents` in a seeded shuffled order;
    /// `progress` hears one line per epoch.
    public func train(on documents: [GoldSegmentation], progress: (String) -> Void = { _ in }) -> PerceptronModel {
        let examples = documents.map(Self.examples)
        var perceptron = AveragedPerceptron(classCount: 2)
        var generator = SeededGenerator(seed: seed)
        var order = Array(examples.indices)
        var scratch: [Float] = []
        for epoch in 1...max(1, epochs) {
            order.shuffle(using: &generator)
            var mistakes = 0
            var seen = 0
            for index in order {
                for example in examples[index] {
                    perceptron.scores(example.features, into: &scratch)
                    let guess = PerceptronModel.best(scratch)
                    perceptron.update(features: example.features, truth: example.label, guess: guess)
                    mistakes += guess == example.label ? 0 : 1
                    seen += 1
                }
            }
            progress("epoch \(epoch): \(mistakes) mistakes in \(seen) candidate gaps")
        }
        return perceptron.averaged(minimumCount: 2)
    }

    private struct Example {
        var features: [UInt64]
        var label: Int
    }

    private static func examples(of gold: GoldSegmentation) -> [Example] {
        let utf8 = Array(gold.text.utf8)
        let text = Tokenizer().tokenize(utf8: utf8)
        guard text.tokens.count > 1 else { return [] }
        var ruleSays = [Bool](repeating: false, count: text.tokens.count)
        for start in SentenceSplitter().ruleBoundaries(text, utf8: utf8) { ruleSays[start] = true }
        let goldStarts = Set(gold.sentences.map(\.lowerBound))
        var examples: [Example] = []
        var features: [UInt64] = []
        var sentenceStart = 0
        for i in 1..<text.tokens.count {
            let isStart = goldStarts.contains(text.tokens[i].scalars.lowerBound)
            defer { if isStart { sentenceStart = i } }
            guard !text.traits[i].contains(.paragraphStart), SentenceBoundaryFeatures.isCandidate(i, in: text) else { continue }
            SentenceBoundaryFeatures.features(at: i, in: text, utf8: utf8, ruleSays: ruleSays[i],
                                              sentenceStart: sentenceStart, into: &features)
            examples.append(Example(features: features, label: isStart ? 1 : 0))
        }
        return examples
    }
}
