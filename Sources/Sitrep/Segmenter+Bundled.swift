import Foundation
import SitrepModels
import SitrepNLP

extension Segmenter {
    /// Where `sitrep train segment` writes the boundary classifier and sitrep loads it from.
    public static var bundledModel: URL {
        BundledModels.english.appendingPathComponent("segment.model")
    }

    /// The segmenter sitrep ships: the learned boundary classifier in `Models/en/segment.model`
    /// over the rules, or the rules alone when no model file is bundled.
    public static func english() throws -> Segmenter {
        guard FileManager.default.fileExists(atPath: bundledModel.path) else { return Segmenter() }
        return try Segmenter(contentsOf: bundledModel)
    }
}
