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

    func dictionary() throws -> EventDictionary {
        var dictionary = replaceVerbs ? EventDictionary() : try EventDictionary.bundled()
        if let verbs {
            do {
                try dictionary.add(contentsOf: URL(fileURLWithPath: verbs), as: verbs)
            } catch {
                throw ValidationError("\(error)")
            }
            for problem in dictionary.problems { Terminal.error("warning: \(problem)") }
        } else if replaceVerbs {
            throw ValidationError("--replace-verbs needs --verbs FILE")
        }
        return dictionary
    }
}
