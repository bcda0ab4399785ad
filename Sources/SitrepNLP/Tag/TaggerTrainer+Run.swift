import SitrepText

extension TaggerTrainer {
    /// The training sentences as the tagger sees them (boundary words included), with their
    /// gold classes.
    struct Examples {
        let words: [[TaggerWord]]
        let gold: [[Int]]
        let tagDictionary: [UInt64: Int32]
        let classCount: Int

        /// One averaged perceptron trained on the sentences shuffled by `seed`: the model of
        /// the pass that `score` (given the pass, its training accuracy in percent and its
        /// model) rated highest, stopping after `options.patience` passes without a better one.
        func bestModel(seed: UInt64, options: Options,
                       score: (Int, Double, PerceptronModel) throws -> Double) rethrows -> PerceptronModel {
            var perceptron = AveragedPerceptron(classCount: classCount)
            var generator = SeededGenerator(seed: seed)
            var order = Array(words.indices)
            var best: (model: PerceptronModel, score: Double)?
            var sinceBest = 0
            for epoch in 1...max(1, options.iterations) {
                order.shuffle(using: &generator)
                let accuracy = pass(&perceptron, over: order)
                let model = perceptron.averaged(minimumCount: options.minimumFeatureCount * Int32(epoch), minimumWeight: 0)
                    .withoutWeights(below: options.minimumWeight)
                let rating = try score(epoch, accuracy, model)
                if best == nil || rating > best!.score {
                    best = (model, rating)
                    sinceBest = 0
                } else {
                    sinceBest += 1
                    if sinceBest >= options.patience { break }
                }
            }
            return best!.model
        }

        /// One pass over the sentences in `order`, each decision seeing the perceptron's own
        /// guesses for the two words before it, as in tagging; the accuracy in percent.
        private func pass(_ perceptron: inout AveragedPerceptron, over order: [Int]) -> Double {
            var features: [UInt64] = []
            var scores: [Float] = []
            var correct = 0, seen = 0
            for s in order {
                let sentence = words[s]
                var previous = classCount
                var beforePrevious = classCount + 1
                for i in TaggerFeatures.padding..<(sentence.count - TaggerFeatures.padding) {
                    let truth = gold[s][i - TaggerFeatures.padding]
                    var guess: Int
                    if let known = tagDictionary[sentence[i].form] {
                        guess = Int(known)
                    } else {
                        TaggerFeatures.extract(sentence, at: i, previous: previous, beforePrevious: beforePrevious,
                                               into: &features)
                        perceptron.scores(features, into: &scores)
                        guess = PerceptronModel.best(scores)
                        perceptron.update(features: features, truth: truth, guess: guess)
                    }
                    correct += guess == truth ? 1 : 0
                    seen += 1
                    beforePrevious = previous
                    previous = guess
                }
            }
            return 100 * Double(correct) / Double(max(seen, 1))
        }
    }
}
