import ArgumentParser
import Foundation
import Sitrep
import SitrepStore
import SitrepText

/// `sitrep show ID`
struct Show: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read a stored article in the terminal.",
        discussion: """
            The id is the one `sitrep articles` prints; its first few characters are enough.

            Example:
              sitrep show 3f2a9c
            """)

    @Argument(help: "The article's id, or the start of it.")
    var id: String

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let article = try store.open().article(id: id)
        print(Summary.reader(article, width: min(Terminal.width, 100)))
    }
}
