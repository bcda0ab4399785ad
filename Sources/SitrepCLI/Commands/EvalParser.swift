import ArgumentParser
import Foundation
import SitrepModels
import SitrepNLP
import SitrepText

/// `sitrep eval parser`: UAS and LAS on a CoNLL-U file with gold tokens, punctuation included
/// (the CoNLL 2018 way), with the file's gold tags (`--gold-tags`) or the tagger's.
struct EvalParser: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser",
        abstract: "Measure the dependency parser (UAS, LAS) on a CoNLL-U file with gold tokens.")

    @Option(help: "The gold CoNLL-U file.")
    var gold: String

    @Flag(help: "Use the file's gold tags and lemmas instead of the tagger's.")
    var goldTags = false

    @Option(help: "Only documents whose `# newdoc id` starts with this (e.g. GUM_news_).")
    var documents: String?

    @Option(help: "The parser model file (default: the bundled one).")
    var model: String?

    @Option(help: "Parses kept at each step (default: the width the model was trained for; 1, greedy, for the bundled one). Only a model trained with `sitrep train parser --beam N` gains from a beam.")
    var beam: Int?

    @Option(help: "The tagger model for predicted tags (default: the bundled one).")
    var taggerModel: String?

    @Flag(help: "Print one JSON object instead of a table.")
    var json = false

    @Option(help: ArgumentHelp("Also write the predicted tags, lemmas, heads and relations as CoNLL-U to this file.",
                               valueName: "file"))
    var predictions: String?

    @Flag(help: "Also print each gold relation's count, UAS and LAS, most head errors first.")
    var byRelation = false

    func validate() throws {
        if let predictions {
            let folder = URL(fileURLWithPath: predictions).deletingLastPathComponent()
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("cannot write the predictions to \(predictions): there is no folder \(folder.path)")
            }
        }
    }

    func run() throws {
        let url = URL(fileURLWithPath: gold)
        var sentences = try CoNLLU.read(url)
        if let documents { sentences = sentences.filter { $0.documentID?.hasPrefix(documents) == true } }
        guard !sentences.isEmpty else {
            throw ValidationError("\(gold) has no sentences\(documents.map { " in documents starting '\($0)'" } ?? "")")
        }
        var parser = try model.map { try Parser(file: URL(fileURLWithPath: $0)) } ?? Parser(folder: BundledModels.english)
        if let beam {
            guard beam >= 1 else { throw ValidationError("--beam must be at least 1, not \(beam)") }
            parser.beamWidth = beam
            if beam > 1 && parser.trainedBeamWidth == 1 {
                FileHandle.standardError.write(Data("note: this model was trained for greedy parsing; a beam makes it worse. Train one for the beam with `sitrep train parser --beam \(beam)`.\n".utf8))
            }
        }
        let clock = ContinuousClock()
        let started = clock.now
        let predicted = goldTags ? parser.parsed(sentences) : try taggedAndParsed(parser, sentences)
        let score = AttachmentScore(gold: sentences, predicted: predicted)
        let elapsed = clock.now - started
        if let predictions {
            do {
                try Data(CoNLLU.format(predicted).utf8).write(to: URL(fileURLWithPath: predictions))
            } catch {
                throw ValidationError("cannot write the predictions to \(predictions): \((error as NSError).localizedFailureReason ?? error.localizedDescription)")
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        if json {
            print(EvalOutput.json(task: "parser", gold: gold, count: score.words, metrics: [("uas", score.uas), ("las", score.las)]))
        } else {
            print(String(format: "words %d\nUAS   %.2f\nLAS   %.2f\nbeam  %d", score.words, score.uas, score.las, parser.beamWidth))
            print(String(format: "speed %.0f words/s", Double(score.words) / seconds)
                  + " (\(goldTags ? "parsing" : "tagging and parsing"), one core, wall clock)")
            if byRelation { print(Self.relationTable(score)) }
        }
    }

    /// One line per gold relation: words, UAS, LAS and the share of all head errors it holds.
    static func relationTable(_ score: AttachmentScore) -> String {
        let headErrors = max(score.words - score.correctHeads, 1)
        let rows = score.byRelation.sorted { a, b in
            let (ea, eb) = (a.value.words - a.value.heads, b.value.words - b.value.heads)
            return ea != eb ? ea > eb : a.key.rawValue < b.key.rawValue
        }
        let lines = rows.map { relation, counts in
            let name = relation.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)
            return name + String(format: "%7d  UAS %6.2f  LAS %6.2f  %5.1f%% of head errors", counts.words,
                                 100 * Double(counts.heads) / Double(counts.words),
                                 100 * Double(counts.labelled) / Double(counts.words),
                                 100 * Double(counts.words - counts.heads) / Double(headErrors))
        }
        return (["relation        words"] + lines).joined(separator: "\n")
    }

    /// The gold sentences tagged by the tagger and then parsed: what a user of the pipeline sees.
    private func taggedAndParsed(_ parser: Parser, _ sentences: [CoNLLUSentence]) throws -> [CoNLLUSentence] {
        let taggerURL = taggerModel.map { URL(fileURLWithPath: $0) } ?? BundledModels.english.appendingPathComponent(Tagger.fileName)
        guard FileManager.default.fileExists(atPath: taggerURL.path) else {
            throw ValidationError("no tagger model at \(taggerURL.path); pass --tagger-model, or --gold-tags to use the file's tags")
        }
        return parser.parsed(try Tagger(contentsOf: taggerURL).retagged(sentences))
    }
}
