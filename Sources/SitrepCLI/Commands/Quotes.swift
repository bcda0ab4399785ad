import ArgumentParser
import Foundation
import SitrepStore

/// `sitrep quotes [--speaker NAME] [--search Q] [--json]`
struct Quotes: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List stored quotes with their speakers, newest article first.",
        discussion: """
            Direct quotes (in quote marks) and reported speech ("X said that …", "according \
            to X"). A speaker known only by description ("an unnamed source") is shown as \
            described, with the outlet it came through.

            Examples:
              sitrep quotes
              sitrep quotes --speaker Biden
              sitrep quotes --speaker IRNGOV --search retaliat --json
            """)

    @Option(help: ArgumentHelp("Part of the speaker's name, or an actor code prefix.", valueName: "name-or-code"))
    var speaker: String?

    @Option(help: ArgumentHelp("Part of the quoted text.", valueName: "text"))
    var search: String?

    @Option(help: "At most this many quotes.")
    var limit = 100

    @Flag(help: "Print JSON (an array of quote objects).")
    var json = false

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let quotes = try store.open().quotes(speaker: speaker, search: search, limit: limit)
        if json { return try JSONOutput.print(quotes) }
        if quotes.isEmpty { return print("No stored quote matches.") }
        for quote in quotes {
            let speaker = quote.speakerName + (quote.speakerCode.map { " (\($0))" } ?? "") + (quote.via.map { ", via \($0)" } ?? "")
            let text = quote.kind == "direct" ? "“\(quote.text)”" : quote.text
            print("\(speaker) \(quote.verb ?? "said"):\n    \(text)\n    article \(quote.articleId.prefix(10))")
        }
    }
}

/// `sitrep claims [--disputed] [--json]`
struct Claims: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List stored claims, and with --disputed the claims that contradict others.",
        discussion: """
            A claim is a proposition someone asserts, denies, disputes or doubts. A dispute \
            ("X disputed Y's account") links the disputing claim to the claim it contradicts; \
            --disputed shows both side by side.

            Examples:
              sitrep claims
              sitrep claims --disputed --json
            """)

    @Flag(help: "Only claims that contradict another claim.")
    var disputed = false

    @Option(help: "At most this many claims.")
    var limit = 100

    @Flag(help: "Print JSON (an array of claim objects).")
    var json = false

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let claims = try store.open().claims(disputedOnly: disputed, limit: limit)
        if json { return try JSONOutput.print(claims) }
        if claims.isEmpty { return print(disputed ? "No stored claim disputes another." : "No claims stored.") }
        for claim in claims {
            print("\(claim.claimantName)\(claim.claimantCode.map { " (\($0))" } ?? "") \(claim.stance): \(claim.text)")
            if let disputedText = claim.disputedText {
                print("    against \(claim.disputedClaimant ?? "?"): \(disputedText)")
            }
            print("    article \(claim.articleId.prefix(10))")
        }
    }
}
