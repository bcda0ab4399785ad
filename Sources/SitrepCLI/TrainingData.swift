import ArgumentParser
import Foundation

/// `--data DIR`: the shared corpora every `sitrep train` command reads.
struct TrainingData: ParsableArguments {
    @Option(help: ArgumentHelp("The shared data folder (default: $SITREP_DATA, else ../shared/data).", valueName: "dir"))
    var data: String?

    var folder: URL {
        URL(fileURLWithPath: data ?? ProcessInfo.processInfo.environment["SITREP_DATA"] ?? "../shared/data")
    }
}
