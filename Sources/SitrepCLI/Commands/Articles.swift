import ArgumentParser
import Foundation
import Sitrep
import SitrepStore
import SitrepText

/// `sitrep articles [--search Q] [--since D] [--json]`
struct Articles: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List stored articles, newest first.",
        discussion: """
            Examples:
              sitrep articles
              sitrep articles --search "Khamenei warning"       # full-text search, all words
              sitrep articles --since 2023-10-01 --json
            """)

    @Option(help: "Only articles whose title or body contain all these words (prefixes match).")
    var search: String?

    @Option(help: ArgumentHelp("Only articles published on or after this date (YYYY-MM-DD or any date sitrep reads).", valueName: "date"))
    var since: String?

    @Option(help: "At most this many articles.")
    var limit = 50

    @Flag(help: "Print JSON (one array of article objects, bodies left out).")
    var json = false

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let sinceDate = try since.map(Dates.parse)
        let articles = try store.open().articles(matching: search, since: sinceDate, limit: limit)
        if json {
            let rows = articles.map { article -> ArticleJSON in
                var row = ArticleJSON(article)
                row.body = ""
                return row
            }
            try JSONOutput.print(rows)
            return
        }
        if articles.isEmpty {
            print(search == nil && since == nil ? "No articles stored yet. Try `sitrep ingest FILE` or `sitrep demo`." : "No stored article matches.")
            return
        }
        for article in articles {
            let date = article.published.map { String($0.iso8601.prefix(10)) } ?? "          "
            let title = article.title ?? String(article.body.prefix(70))
            print("\(article.id.prefix(10))  \(date)  \(article.outlet ?? "-")  \(title)")
        }
    }
}
