import ArgumentParser

/// The `sitrep` command: thin subcommands over the `Sitrep` library and the store.
@main
struct SitrepCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitrep",
        abstract: "Turn news articles into a sourced record of who did what to whom, when and where.",
        discussion: """
            Start with `sitrep demo`, which ingests the bundled sample articles into a fresh \
            database and shows what sitrep found. Then ingest your own:

              sitrep ingest ~/news/               # files and folders, recursively
              sitrep articles --search Khamenei   # what is stored
              sitrep extract story.txt --json     # analyse one file without storing it
            """,
        subcommands: [
            Demo.self, Ingest.self, Extract.self, Analyze.self, Articles.self, Show.self, Events.self, Actors.self,
            Quotes.self, Claims.self, Export.self, Watch.self, Eval.self, Train.self, Bench.self,
        ])
}
