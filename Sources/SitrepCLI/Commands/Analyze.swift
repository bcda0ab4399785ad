import ArgumentParser
import Foundation
import Sitrep
import SitrepStore

/// `sitrep analyze [--all]`
struct Analyze: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse stored articles that have no analysis yet, or an outdated one.",
        discussion: """
            Articles stored with --no-analyze, or analysed by an older sitrep, get the current \
            pipeline's entities, events, quotes, claims and numbers. Each batch of articles \
            is saved in one transaction, so stopping it midway keeps what was done.

            Examples:
              sitrep analyze
              sitrep analyze --all        # redo every stored article
              sitrep analyze --all --actors analysts.actors.txt
            """)

    @Flag(help: "Analyse every stored article again, not only those that need it.")
    var all = false

    @OptionGroup var dictionaries: DictionaryOptions

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let database = try store.open()
        let analyzing = Store.Analyzing.pipeline(try dictionaries.analyzer(folder: DictionaryOptions.folder(forDatabase: store.path)))
        let ids = try database.articlesNeedingAnalysis(version: all ? Int.max : Analysis.version, limit: Int.max)
        var progress = ProgressBar(total: ids.count, label: "articles")
        var done = 0
        for start in stride(from: 0, to: ids.count, by: 50) {
            var analyses: [(articleID: String, json: Data)] = []
            for id in ids[start..<min(start + 50, ids.count)] {
                if let json = analyzing.analyze(try database.article(id: id)) { analyses.append((id, json)) }
            }
            try database.saveAnalyses(analyses, version: Analysis.version)
            done += analyses.count
            progress.advance(by: min(50, ids.count - start))
        }
        progress.finish()
        print("\(done) analysed\(done < ids.count ? ", \(ids.count - done) could not be analysed" : "")")
    }
}
