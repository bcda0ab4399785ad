import ArgumentParser

/// `sitrep eval …`: measure a stage against a gold file.
struct Eval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure a stage against gold annotations (UD CoNLL-U, IOB2, PETRARCH records).",
        subcommands: [EvalSegment.self, EvalTagger.self, EvalParser.self, EvalRecognizer.self, EvalHTML.self, EvalCoref.self, EvalPetrarch.self])
}
