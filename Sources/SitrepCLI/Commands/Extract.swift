import ArgumentParser
import Foundation
import Sitrep
import SitrepIngest
import SitrepText

/// `sitrep extract FILE [--json]`
struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse one article file without storing it.",
        discussion: """
            Prints what sitrep finds in the article: its metadata, sentences and entities \
            (events, quotes, claims and numbers as those stages land). With --json, prints \
            the analysis in the schema described in the README; a file holding several \
            articles (JSON array, JSON Lines) prints one JSON object per line.

            Examples:
              sitrep extract story.txt
              sitrep extract story.txt --json > story.json
              sitrep extract story.txt --json --debug     # adds tokens with tags and parse
              sitrep extract story.txt --debug            # why each actor got its code
              sitrep extract story.txt --actors mine.actors.txt

            --actors adds an actor dictionary to the bundled ones (sitrep's format, `name | \
            aliases | type | codes | country | title`, or the PETRARCH format); its entries win \
            over bundled ones of the same name. --agents adds a PETRARCH agents file, --verbs \
            event patterns. Dictionary files in the default store's dictionaries folder \
            (beside the database: *.actors.txt, *.agents.txt, *.verbs.txt) are always loaded.
            """)

    @Argument(help: ArgumentHelp("The article file ('-' for standard input).", valueName: "file"))
    var file: String

    @Flag(help: "Print the analysis as JSON.")
    var json = false

    @Flag(help: "Show why each actor got its code; with --json, also add every token with its tag, lemma, head and relation.")
    var debug = false

    @OptionGroup var dictionaries: DictionaryOptions

    func run() async throws {
        let analyzer = try dictionaries.analyzer(folder: DictionaryOptions.folder(forDatabase: StoreOptions.defaultPath))
        var analyses: [Analysis] = []
        var failed = false
        let handle: (ReadEvent) throws -> Void = { event in
            switch event {
            case .article(let article): analyses.append(Analysis(try analyzer.analyze(article), debug: debug))
            case .failure(let error):
                failed = true
                Terminal.error("error: \(error)")
            case .warning(let warning): Terminal.error("warning: \(warning)")
            case .link(let link): Terminal.error("note: \(link) carries only a teaser; run `sitrep extract` on its page")
            }
        }
        if file == "-" {
            try ArticleFiles.read(FileHandle.standardInput.readDataToEndOfFile(), origin: "stdin", handle: handle)
        } else {
            guard FileManager.default.fileExists(atPath: file) else {
                throw ValidationError("\(file): no such file")
            }
            try ArticleFiles.read(URL(fileURLWithPath: file), handle: handle)
        }
        for analysis in analyses {
            print(json ? try analysis.json(pretty: analyses.count == 1) : Summary.text(of: analysis, width: Terminal.width, debug: debug))
        }
        if analyses.isEmpty && !failed { Terminal.error("error: \(file): no article found") }
        if failed || analyses.isEmpty { throw ExitCode(1) }
    }
}
