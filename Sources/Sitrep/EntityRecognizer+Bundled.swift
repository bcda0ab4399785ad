import Foundation
import SitrepModels
import SitrepNLP

extension EntityRecognizer {
    /// The entity recognizer sitrep ships, from `Models/en/recognizer.model`.
    public static func english() throws -> EntityRecognizer {
        try EntityRecognizer(folder: BundledModels.english)
    }
}
