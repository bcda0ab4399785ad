import ArgumentParser
import Foundation
import SitrepModels
import SitrepNLP

/// `sitrep train parser`: trains the dependency parser on UD EWT + GUM train, stops early on
/// their dev sets, and writes `Models/en/parser.model` with its scores in the header.
struct TrainParser: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser",
        abstract: "Train the dependency parser on UD English EWT + GUM (gold tags); progress goes to stderr.")

    @Option(help: "Folder with ud-ewt/ and ud-gum/ (default: $SITREP_DATA, else ../shared/data).")
    var data: String?

    @Option(help: "Where to write the model (default: Models/en/parser.model in this checkout).")
    var out: String?

    @Option(help: "Most epochs; training stops earlier when dev LAS stops improving.")
    var epochs = 10

    @Option(help: "Train on the first N sentences only, for quick experiments.")
    var limit: Int?

    func run() throws {
        let folder = URL(fileURLWithPath: data ?? ProcessInfo.processInfo.environment["SITREP_DATA"] ?? "../shared/data")
        let trainFiles = ["ud-ewt/train.conllu", "ud-gum/train.conllu"]
        func read(_ path: String) throws -> [CoNLLUSentence] {
            let url = folder.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw ValidationError("\(url.path) is missing; pass --data with the folder holding ud-ewt/ and ud-gum/")
            }
            return try CoNLLU.read(url)
        }
        var training = try trainFiles.flatMap(read)
        if let limit { training = Array(training.prefix(limit)) }
        let dev = try read("ud-ewt/dev.conllu") + read("ud-gum/dev.conllu")
        var options = ParserTrainer.Options()
        options.maxEpochs = epochs
        let trainer = ParserTrainer(training: training, options: options)
        log("training on \(training.count) sentences (\(trainer.liftedWords) words lifted to make trees projective), \(trainer.relations.count) relations; dev \(dev.count) sentences")
        let (parser, devScore) = trainer.train(dev: dev, progress: log)

        var scores = ["dev.uas": devScore.uas, "dev.las": devScore.las]
        let ewtTest = try read("ud-ewt/test.conllu")
        let gumTest = try read("ud-gum/test.conllu")
        for (name, sentences) in [("test.ewt", ewtTest), ("test.gum", gumTest),
                                  ("test.gum-news", gumTest.filter { $0.documentID?.hasPrefix("GUM_news_") == true })] {
            let score = parser.evaluate(on: sentences)
            scores["\(name).uas"] = score.uas
            scores["\(name).las"] = score.las
            log("\(name) (gold tags): " + String(format: "UAS %.2f LAS %.2f over %d words", score.uas, score.las, score.words))
        }
        let url = out.map { URL(fileURLWithPath: $0) } ?? BundledModels.sourceFolder.appendingPathComponent("parser.model")
        let command = (["sitrep"] + CommandLine.arguments.dropFirst()).joined(separator: " ")
        try parser.modelFile(trainedOn: trainFiles, command: command, scores: scores).write(to: url)
        log("wrote \(url.path)")
    }

    private func log(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
