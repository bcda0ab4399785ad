import Foundation
import SitrepModels
import SitrepNLP

extension Tagger {
    /// The tagger sitrep ships, from `Models/en/tagger.model`.
    public static func english() throws -> Tagger {
        try Tagger(contentsOf: BundledModels.english.appendingPathComponent(Tagger.fileName))
    }
}
