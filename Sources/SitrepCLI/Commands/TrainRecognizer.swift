import ArgumentParser
import Foundation
import SitrepModels
import SitrepNLP

/// `sitrep train recognizer`: rebuilds `Models/en/recognizer.model` from UNER EWT, GUM-NER
/// and re3d train, with the gazetteer from the Phoenix dictionaries.
struct TrainRecognizer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recognizer",
        abstract: "Train the named-entity recognizer (PER, ORG, LOC, OTH).",
        discussion: """
            Trains on UNER English-EWT train (the 2022 draft, cleaned), GUM-NER train and re3d \
            train; stops early on UNER EWT dev + GUM-NER dev; scores the test files and writes \
            the scores, the data files and this command into the model header. Deterministic:
            the same data gives the same file. Progress goes to stderr.
            """)

    @OptionGroup var corpora: TrainingData

    @Option(help: "Where to write the model (default: Models/en/recognizer.model in this checkout).")
    var out: String?

    @Option(help: "Train on the first N training sentences only, for quick experiments.")
    var limit: Int?

    @Option(help: "How many times per epoch UNER EWT train is visited (its conventions are the target).")
    var unerRepeats: Int = 2

    @Option(help: "Drop features seen fewer times than this in training.")
    var minimumCount: Int32 = 2

    @Option(help: "Also train on every n-th sentence in headline capitalisation (0: never).")
    var headlineEvery: Int = 4

    @Option(help: "Independent training runs (seeds) whose weights are averaged.")
    var runs: Int = 1

    @Option(help: "Maximum number of epochs.")
    var epochs: Int = 15

    @Option(help: "The tagger whose predicted tags the features read (default: the bundled tagger.model).")
    var tagger: String?

    func run() throws {
        let started = Date()
        let dataFolder = corpora.folder
        let output = out.map { URL(fileURLWithPath: $0) }
            ?? BundledModels.sourceFolder.appendingPathComponent(EntityRecognizer.fileName)
        let say: @Sendable (String) -> Void = { message in
            let elapsed = String(format: "[%6.1fs] ", Date().timeIntervalSince(started))
            FileHandle.standardError.write(Data((elapsed + message + "\n").utf8))
        }
        say("building the gazetteer from \(dataFolder.path)")
        let gazetteer = try GazetteerBuilder.build(data: dataFolder)
        say("gazetteer: \(gazetteer.count) names and prefixes")
        let train = try RecognizerTrainer.readTraining(data: dataFolder, unerRepeats: unerRepeats)
        let dev = try RecognizerTrainer.devFiles.flatMap { try IOB2.read(dataFolder.appendingPathComponent($0)) }
        let casing = CaseProfile(sentences: train.map(\.tokens))
        say("case profile: \(casing.count) words")
        let taggerURL = tagger.map { URL(fileURLWithPath: $0) } ?? BundledModels.english.appendingPathComponent(Tagger.fileName)
        let posTagger = try Tagger(contentsOf: taggerURL)
        var options = RecognizerTrainer.Options()
        options.limit = limit
        options.epochs = epochs
        options.minimumCount = minimumCount
        options.headlineEvery = headlineEvery
        let trainer = RecognizerTrainer(options: options, gazetteer: gazetteer, casing: casing, tagger: posTagger, progress: say)
        var models: [PerceptronModel] = []
        var bestEpochs: [Double] = []
        for run in 0..<runs {
            var runOptions = options
            runOptions.seed = options.seed + UInt64(run)
            say("run \(run + 1) of \(runs), seed \(runOptions.seed)")
            let result = try RecognizerTrainer(options: runOptions, gazetteer: gazetteer, casing: casing, tagger: posTagger, progress: say)
                .train(train, dev: dev)
            models.append(result.model)
            bestEpochs.append(Double(result.epoch))
        }
        let model = RecognizerTrainer.mean(models)
        let devScore = try trainer.evaluate(model, on: dev)
        if runs > 1 { say("mean of \(runs) runs: dev F1 \(rounded(devScore.prf().f1))") }
        var scores: [String: Double] = [:]
        for (run, epoch) in bestEpochs.enumerated() { scores["dev.epoch.run\(run + 1)"] = epoch }
        for (name, value) in devScore.metrics { scores["dev.\(name)"] = rounded(value) }
        for file in RecognizerTrainer.testFiles {
            let score = try trainer.evaluate(model, on: try IOB2.read(dataFolder.appendingPathComponent(file)))
            let corpus = file.split(separator: "/")[0]
            for (name, value) in score.metrics { scores["test.\(corpus).\(name)"] = rounded(value) }
            say("\(file): F1 \(rounded(score.prf().f1)) (P \(rounded(score.prf().precision)) R \(rounded(score.prf().recall)))")
        }
        var command = ["sitrep", "train", "recognizer"]
        if let data = corpora.data { command += ["--data", data] }
        if let limit { command += ["--limit", String(limit)] }
        if epochs != 15 { command += ["--epochs", String(epochs)] }
        if runs != 1 { command += ["--runs", String(runs)] }
        if unerRepeats != 2 { command += ["--uner-repeats", String(unerRepeats)] }
        if minimumCount != 2 { command += ["--minimum-count", String(minimumCount)] }
        if headlineEvery != 4 { command += ["--headline-every", String(headlineEvery)] }
        if let tagger { command += ["--tagger", tagger] }
        let header = ModelHeader(
            kind: EntityRecognizer.kind, featureVersion: RecognizerFeatures.version,
            labels: ["bilou": BILOU.all.map(\.description)],
            trainedOn: RecognizerTrainer.trainFiles + GazetteerBuilder.files + ["tags: \(taggerURL.lastPathComponent) \(posTagger.header.command)"],
            command: command.joined(separator: " "), scores: scores)
        let file = ModelFile(header: header, sections: ["weights": model.encoded(), "gazetteer": gazetteer.encoded(), "casing": casing.encoded()])
        try file.write(to: output)
        let size = (try? FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
        say("wrote \(output.path): \(model.featureCount) features, \(size / 1024) KiB")
    }

    private func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
