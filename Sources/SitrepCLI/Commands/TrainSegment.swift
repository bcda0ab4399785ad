import ArgumentParser
import Foundation
import Sitrep
import SitrepModels
import SitrepNLP

/// `sitrep train segment`: the sentence-boundary classifier, from the UD train splits.
struct TrainSegment: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Train the sentence-boundary classifier on UD English EWT and GUM train.",
        discussion: """
            Reads ud-ewt/train.conllu and ud-gum/train.conllu from the data folder, rebuilds \
            their raw text, and trains an averaged perceptron that decides the gaps the rules \
            cannot see: a capitalised word or a number after no sentence-final punctuation \
            (e-mail headers, sign-offs, titles, name lists). The rules still decide at \
            punctuation. Scores on the dev and test splits (rules alone and with the model) go \
            into the model file's header. Deterministic: the same data gives the same file.

            A model at Models/en/segment.model (the default --out) becomes the default \
            sentence splitter. sitrep ships without one: it beats the rules on EWT and GUM dev \
            but halves the segmenter's speed, below the 50 MB/s target. Measure one without \
            installing it:

              sitrep train segment --out /tmp/segment.model
              sitrep eval segment --gold ../shared/data/ud-ewt/dev.conllu --model /tmp/segment.model
            """)

    @OptionGroup var corpora: TrainingData

    @Option(help: "Where to write the model (default: Models/en/segment.model of this checkout).")
    var out: String?

    @Option(help: "Passes over the training data.")
    var epochs = 15

    func run() throws {
        func documents(_ path: String) throws -> [GoldSegmentation] {
            GoldSegmentation.documents(from: try corpora.sentences(path))
        }
        let trainFiles = ["ud-ewt/train.conllu", "ud-gum/train.conllu"]
        let train = try trainFiles.flatMap(documents)
        print("training on \(train.count) documents")
        let model = SentenceBoundaryTrainer(epochs: epochs).train(on: train) { print($0) }
        print("\(model.featureCount) features kept")

        var scores: [String: Double] = [:]
        for (name, path) in [("ewt", "ud-ewt/dev.conllu"), ("gum", "ud-gum/dev.conllu"),
                             ("ewt", "ud-ewt/test.conllu"), ("gum", "ud-gum/test.conllu")] {
            let split = path.hasSuffix("dev.conllu") ? "dev" : "test"
            let gold = try documents(path)
            let rules = SegmentEvaluation.evaluate(gold, segmenter: Segmenter())
            let learned = SegmentEvaluation.evaluate(gold, segmenter: Segmenter(model: model))
            scores["\(split).\(name).rules.sentences.f1"] = (rules.sentences.f1 * 100).rounded() / 100
            scores["\(split).\(name).sentences.f1"] = (learned.sentences.f1 * 100).rounded() / 100
            scores["\(split).\(name).tokens.f1"] = (learned.tokens.f1 * 100).rounded() / 100
            print(String(format: "%@ %@: sentences F1 %.2f with the model, %.2f by rules; tokens F1 %.2f",
                         split, name, learned.sentences.f1, rules.sentences.f1, learned.tokens.f1))
        }
        let target = out.map { URL(fileURLWithPath: $0) }
            ?? BundledModels.sourceFolder.appendingPathComponent("segment.model")
        let command = "sitrep train segment --epochs \(epochs)"
        try Segmenter.modelFile(model, trainedOn: trainFiles, command: command, scores: scores).write(to: target)
        print("wrote \(target.path)")
    }
}
