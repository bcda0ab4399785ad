import ArgumentParser
import Foundation
import Sitrep
import SitrepNLP
import SitrepText

/// `sitrep eval segment`: score the tokenizer and sentence splitter on a UD treebank.
struct EvalSegment: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Score the tokenizer and sentence splitter on a UD CoNLL-U file.",
        discussion: """
            Rebuilds the raw text of each document from the file (# newdoc starts a document, \
            # newpar a paragraph, written as a blank line; SpaceAfter=No is honoured and \
            multiword tokens are written as their surface form), segments it, and scores \
            tokens and sentences by exact character spans, as the CoNLL 2018 shared task does.

            Tokens are scored as syntactic words: "don't" counts as "do" + "n't", which is \
            what sitrep's tokenizer emits and its tagger and parser read. "count" is the \
            number of gold sentences scored.

              sitrep eval segment --gold ../shared/data/ud-ewt/test.conllu
              sitrep eval segment --gold ../shared/data/ud-gum/test.conllu --documents GUM_news_ --json
            """)

    @Option(help: "The gold CoNLL-U file.")
    var gold: String

    @Option(help: "Score only documents whose id (# newdoc id) starts with this prefix, e.g. GUM_news_.")
    var documents: String?

    @Option(help: "A sentence-boundary model from `sitrep train segment --out PATH`, used over the rules.")
    var model: String?

    @Flag(help: "Print one JSON object: {\"task\", \"gold\", \"count\", \"metrics\"}.")
    var json = false

    @Flag(help: "Also print each missed (-) and spurious (+) sentence boundary with the text around it.")
    var errors = false

    func run() throws {
        let url = URL(fileURLWithPath: gold)
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw ValidationError("cannot read \(gold): give the path of a CoNLL-U file with --gold")
        }
        var golds = GoldSegmentation.documents(from: try CoNLLU.read(url))
        if let prefix = documents {
            golds = golds.filter { $0.id?.hasPrefix(prefix) ?? false }
            guard !golds.isEmpty else {
                throw ValidationError("no document id in \(gold) starts with '\(prefix)'; check the # newdoc id lines")
            }
        }
        let segmenter = try model.map { try Segmenter(contentsOf: URL(fileURLWithPath: $0)) } ?? Segmenter.english()
        let evaluation = SegmentEvaluation.evaluate(golds, segmenter: segmenter)
        if errors { printBoundaryErrors(golds, segmenter: segmenter) }
        if json {
            print(EvalOutput.json(task: "segment", gold: gold, count: evaluation.sentences.gold,
                                  metrics: evaluation.metrics))
        } else {
            print("\(evaluation.documents) documents, \(evaluation.sentences.gold) sentences, \(evaluation.tokens.gold) words")
            print(EvalOutput.table(evaluation.metrics))
        }
    }
}

extension EvalSegment {
    /// One line per boundary the segmenter missed or added, with 40 characters either side.
    private func printBoundaryErrors(_ golds: [GoldSegmentation], segmenter: Segmenter) {
        for gold in golds {
            var document = Document(text: gold.text)
            segmenter.process(&document)
            let scalars = Array(gold.text.unicodeScalars)
            let goldStarts = Set(gold.sentences.dropFirst().map(\.lowerBound))
            let predicted = Set(document.sentences.dropFirst().map { document.scalarRange(of: $0).lowerBound })
            for (sign, offset) in goldStarts.subtracting(predicted).map({ ("-", $0) }) + predicted.subtracting(goldStarts).map({ ("+", $0) }) {
                func piece(_ range: Range<Int>) -> String {
                    String(String.UnicodeScalarView(scalars[range])).replacingOccurrences(of: "\n", with: "⏎")
                }
                let before = piece(max(0, offset - 40)..<offset)
                let after = piece(offset..<min(scalars.count, offset + 40))
                print("\(sign) \(gold.id ?? "?") \(before) ‖ \(after)")
            }
        }
    }
}

/// How `eval segment` prints its figures.
