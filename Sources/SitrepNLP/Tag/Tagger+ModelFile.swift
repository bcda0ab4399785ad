import Foundation
import SitrepText

/// The tagger's model file: the shared `ModelFile` with its joint classes as parallel "upos"
/// and "xpos" label lists, and five sections: "weights" and "backward" (the left-to-right and
/// right-to-left perceptrons), "tagdict" (form hash → class), "ambiguity" (lowercased form
/// hash → ambiguity class) and "lemmas" (the lemmatizer's tables and rules).
extension Tagger {
    static let kind = "tagger"

    /// Loads a tagger model; a missing, damaged or mismatched file throws a `ModelFileError`
    /// naming it.
    public init(contentsOf url: URL) throws {
        let file = try ModelFile.read(url, kind: Self.kind, featureVersion: TaggerFeatures.version)
        let uposNames = file.header.labels["upos"] ?? []
        let xposNames = file.header.labels["xpos"] ?? []
        guard !uposNames.isEmpty, uposNames.count == xposNames.count else {
            throw ModelFileError.missingSection(file: url.path, section: "labels")
        }
        var classes: [TagClass] = []
        for (upos, xpos) in zip(uposNames, xposNames) {
            guard let tag = UPOS(upos) else { throw ModelFileError.truncated(file: url.path) }
            classes.append(TagClass(upos: tag, xpos: xpos))
        }
        let forward = try SparseScorer(encoded: try file.section("weights", file: url), file: url.path)
        let backward = try SparseScorer(encoded: try file.section("backward", file: url), file: url.path)
        guard forward.classCount == classes.count, backward.classCount == classes.count else {
            throw ModelFileError.truncated(file: url.path)
        }
        let tagDictionary = try Self.decodePairs(try file.section("tagdict", file: url), file: url.path)
        guard tagDictionary.values.allSatisfy({ $0 < UInt64(classes.count) }) else {
            throw ModelFileError.truncated(file: url.path)
        }
        let ambiguity = try Self.decodePairs(try file.section("ambiguity", file: url), file: url.path)
        let lemmatizer = try Lemmatizer(encoded: try file.section("lemmas", file: url), file: url.path)
        self.init(header: file.header, forward: forward, backward: backward, classes: classes,
                  tagDictionary: tagDictionary.mapValues { Int32($0) },
                  features: TaggerFeatures(ambiguity: ambiguity), lemmatizer: lemmatizer)
    }

    /// The model file for a trained tagger; `header` supplies the provenance fields.
    static func modelFile(header: ModelHeader, forward: PerceptronModel, backward: PerceptronModel, classes: [TagClass],
                          tagDictionary: [UInt64: Int32], ambiguity: [UInt64: UInt64],
                          lexicon: LemmaLexicon) -> ModelFile {
        var header = header
        header.kind = kind
        header.featureVersion = TaggerFeatures.version
        header.labels = ["upos": classes.map(\.upos.description), "xpos": classes.map(\.xpos)]
        return ModelFile(header: header, sections: [
            "weights": forward.encoded(),
            "backward": backward.encoded(),
            "tagdict": encodePairs(tagDictionary.mapValues { UInt64($0) }),
            "ambiguity": encodePairs(ambiguity),
            "lemmas": lexicon.encoded(),
        ])
    }

    /// A count, then (key, value) pairs in key order, so the same table gives the same bytes.
    static func encodePairs(_ table: [UInt64: UInt64]) -> Data {
        var out = ByteWriter()
        out.uint32(UInt32(table.count))
        for (key, value) in table.sorted(by: { $0.key < $1.key }) {
            out.uint64(key)
            out.uint64(value)
        }
        return Data(out.data)
    }

    static func decodePairs(_ data: Data, file: String) throws -> [UInt64: UInt64] {
        var reader = ByteReader(data: data, file: file)
        let count = Int(try reader.uint32())
        guard count * 16 <= data.count else { throw ModelFileError.truncated(file: file) }
        var table: [UInt64: UInt64] = [:]
        table.reserveCapacity(count)
        for _ in 0..<count {
            table[try reader.uint64()] = try reader.uint64()
        }
        return table
    }
}
