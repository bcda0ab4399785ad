import ArgumentParser
import Foundation
import SitrepKnowledge

/// `--verbs FILE [--replace-verbs]`: the user's own event patterns, in sitrep's notation or
/// the TABARI/PETRARCH verb-dictionary format.
struct VerbOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Event patterns to add (sitrep notation or a PETRARCH verbs file); each verb it defines hides the bundled patterns of that verb.", valueName: "file"))
    var verbs: String?

    @Flag(help: "Use only the --verbs file, not the bundled patterns.")
    var replaceVerbs = false

    /// The bundled patterns (unless replaced) extended by `files` and then by `--verbs`.
    func dictionary(adding files: [String] = []) throws -> EventDictionary {
        var dictionary = replaceVerbs ? EventDictionary() : try EventDictionary.bundled()
        if replaceVerbs && verbs == nil { throw ValidationError("--replace-verbs needs --verbs FILE") }
        for file in files + (verbs.map { [$0] } ?? []) {
            do {
                try dictionary.add(contentsOf: URL(fileURLWithPath: file), as: file)
            } catch {
                throw ValidationError("\(error)")
            }
        }
        for problem in dictionary.problems { Terminal.error("warning: \(problem)") }
        return dictionary
    }
}
