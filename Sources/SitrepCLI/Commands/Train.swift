import ArgumentParser

/// `sitrep train …`: rebuild a shipped model from the open corpora in ../shared/data.
struct Train: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train a statistical model from the open corpora (see Models/en/PROVENANCE.md).",
        subcommands: [TrainSegment.self, TrainTagger.self, TrainParser.self, TrainRecognizer.self, TrainActors.self, TrainVerbs.self])
}
