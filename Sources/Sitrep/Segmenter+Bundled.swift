import Foundation
import SitrepModels
import SitrepNLP

extension Segmenter {
    /// Where `sitrep train segment` writes the boundary classifier and sitrep loads it from.
    public static var bundledModel: URL {
        BundledModels.english.appendingPathComponent("segment.model")
    }

    /// The segmenter sitrep ships: the rules, or the learned boundary classifier over them
    /// when `Models/en/segment.model` is bundled (none is: on news the rules score higher
    /// and run faster; see `sitrep train segment --help`).
    public static func english() throws -> Segmenter {
        guard FileManager.default.fileExists(atPath: bundledModel.path) else { return Segmenter() }
        return try Segmenter(contentsOf: bundledModel)
    }
}
