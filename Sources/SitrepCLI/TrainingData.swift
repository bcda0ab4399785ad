import ArgumentParser
import Foundation
import SitrepNLP

/// `--data DIR`: the shared corpora every `sitrep train` command reads.
struct TrainingData: ParsableArguments {
    @Option(help: ArgumentHelp("The shared data folder (default: $SITREP_DATA, else ../shared/data).", valueName: "dir"))
    var data: String?

    var folder: URL {
        URL(fileURLWithPath: data ?? ProcessInfo.processInfo.environment["SITREP_DATA"] ?? "../shared/data")
    }

    /// The sentences of a CoNLL-U file under the data folder ("ud-ewt/train.conllu"), or an
    /// error that says to point --data at the shared corpora.
    func sentences(_ path: String) throws -> [CoNLLUSentence] {
        let url = folder.appendingPathComponent(path)
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw ValidationError("cannot read \(url.path): point --data (or SITREP_DATA) at the shared data folder")
        }
        return try CoNLLU.read(url)
    }
}
