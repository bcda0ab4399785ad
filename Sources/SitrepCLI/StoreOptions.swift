import ArgumentParser
import Foundation
import SitrepStore

/// `--db PATH`, shared by every command that reads or writes the store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The sitrep database file.",
        discussion: "Default: $SITREP_DB, else $XDG_DATA_HOME/sitrep/sitrep.sqlite, else ~/.local/share/sitrep/sitrep.sqlite.",
        valueName: "path"))
    var db: String?

    var path: String { db ?? Self.defaultPath }

    /// `$SITREP_DB`, else `$XDG_DATA_HOME/sitrep/sitrep.sqlite`, else `~/.local/share/sitrep/sitrep.sqlite`.
    static var defaultPath: String {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["SITREP_DB"], !path.isEmpty { return path }
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share").path
        return URL(fileURLWithPath: data).appendingPathComponent("sitrep/sitrep.sqlite").path
    }

    func open() throws -> Store { try Store(path: path) }
}
