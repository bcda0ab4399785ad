import Foundation

/// What a model file says about itself: which stage it is for, which feature set it was
/// trained with, its labels, how it was made and how well it did.
public struct ModelHeader: Codable, Sendable, Equatable {
    /// The stage it belongs to: "tagger", "recognizer", "parser".
    public var kind: String
    /// The feature function's version; a stage refuses a file trained with another.
    public var featureVersion: Int
    /// Label sets by name ("upos", "xpos", "moves"), in class-index order.
    public var labels: [String: [String]]
    /// The training data files and the command that produced the model.
    public var trainedOn: [String]
    public var command: String
    /// Scores measured when it was trained ("dev.upos": 96.8).
    public var scores: [String: Double]
    /// How the model was trained to be run ("beamWidth": 8); nil when there is nothing to say,
    /// so files written before this field read as they did.
    public var settings: [String: Int]?

    public init(kind: String, featureVersion: Int, labels: [String: [String]], trainedOn: [String],
                command: String, scores: [String: Double], settings: [String: Int]? = nil) {
        self.kind = kind
        self.featureVersion = featureVersion
        self.labels = labels
        self.trainedOn = trainedOn
        self.command = command
        self.scores = scores
        self.settings = settings
    }
}

/// sitrep's model file: a JSON header and named binary sections, read in one go.
///
/// ```
/// "SITREPMF"  format version (UInt32)  header length (UInt32)  header JSON
/// section count (UInt32), then per section: name length (UInt32), name, byte length (UInt64), bytes
/// ```
/// Perceptron weights are stored sparsely as Float16: per feature its hash, how many classes
/// it weighs, and (class, weight) pairs. All integers are little-endian.
public struct ModelFile: Sendable {
    public static let formatVersion: UInt32 = 1
    private static let magic = Array("SITREPMF".utf8)

    public var header: ModelHeader
    public var sections: [String: Data]

    public init(header: ModelHeader, sections: [String: Data] = [:]) {
        self.header = header
        self.sections = sections
    }

    public func write(to url: URL) throws {
        var out = ByteWriter()
        out.bytes(Self.magic)
        out.uint32(Self.formatVersion)
        let json = try JSONEncoder.sorted.encode(header)
        out.uint32(UInt32(json.count))
        out.bytes(json)
        out.uint32(UInt32(sections.count))
        for (name, data) in sections.sorted(by: { $0.key < $1.key }) {
            let nameBytes = Array(name.utf8)
            out.uint32(UInt32(nameBytes.count))
            out.bytes(nameBytes)
            out.uint64(UInt64(data.count))
            out.bytes(data)
        }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(out.data).write(to: url, options: .atomic)
    }

    /// Reads a model file and checks it is a `kind` model of feature version `featureVersion`.
    public static func read(_ url: URL, kind: String, featureVersion: Int) throws -> ModelFile {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw ModelFileError.unreadable(file: url.path, reason: error.localizedDescription)
        }
        var reader = ByteReader(data: data, file: url.path)
        guard data.count >= magic.count, Array(data.prefix(magic.count)) == magic else {
            throw ModelFileError.notAModel(file: url.path)
        }
        reader.offset = magic.count
        let version = try reader.uint32()
        guard version == formatVersion else {
            throw ModelFileError.formatVersionMismatch(file: url.path, expected: Int(formatVersion), found: Int(version))
        }
        let headerLength = Int(try reader.uint32())
        let header: ModelHeader
        do {
            header = try JSONDecoder().decode(ModelHeader.self, from: try reader.bytes(headerLength))
        } catch let error as ModelFileError {
            throw error
        } catch {
            throw ModelFileError.notAModel(file: url.path)
        }
        guard header.kind == kind else {
            throw ModelFileError.wrongKind(file: url.path, expected: kind, found: header.kind)
        }
        guard header.featureVersion == featureVersion else {
            throw ModelFileError.featureVersionMismatch(file: url.path, expected: featureVersion, found: header.featureVersion)
        }
        var sections: [String: Data] = [:]
        for _ in 0..<(try reader.uint32()) {
            let name = String(decoding: try reader.bytes(Int(try reader.uint32())), as: UTF8.self)
            sections[name] = try reader.bytes(Int(try reader.uint64()))
        }
        return ModelFile(header: header, sections: sections)
    }

    /// The section `name`, or an error naming the file when it is missing.
    public func section(_ name: String, file: URL) throws -> Data {
        guard let data = sections[name] else { throw ModelFileError.missingSection(file: file.path, section: name) }
        return data
    }
}

extension PerceptronModel {
    /// Sparse Float16 encoding: features in hash order, each with its non-zero classes.
    public func encoded() -> Data {
        var out = ByteWriter()
        out.uint32(UInt32(classCount))
        out.uint32(UInt32(rows.count))
        for (feature, row) in rows.sorted(by: { $0.key < $1.key }) {
            let base = Int(row) * classCount
            let nonZero = (0..<classCount).filter { Float16(weights[base + $0]) != 0 }
            out.uint64(feature)
            out.uint16(UInt16(nonZero.count))
            for c in nonZero {
                out.uint16(UInt16(c))
                out.uint16(Float16(weights[base + c]).bitPattern)
            }
        }
        return Data(out.data)
    }

    /// Decodes `encoded()`; `file` names the model file in errors.
    public init(encoded data: Data, file: String) throws {
        let encoded = try EncodedWeights(data, file: file)
        var builder = DenseRows(classCount: encoded.classCount, featureCount: encoded.featureCount)
        try encoded.read(into: &builder)
        self.init(classCount: encoded.classCount, rows: builder.rows, weights: builder.weights)
    }

    /// Fills a model's dictionary of rows and its dense weights.
    private struct DenseRows: RowBuilder {
        let classCount: Int
        var rows: [UInt64: Int32] = [:]
        var weights: [Float]
        private var base = 0

        init(classCount: Int, featureCount: Int) {
            self.classCount = classCount
            rows.reserveCapacity(featureCount)
            weights = [Float](repeating: 0, count: featureCount * classCount)
        }

        mutating func begin(_ feature: UInt64) {
            base = rows.count * classCount
            rows[feature] = Int32(rows.count)
        }

        mutating func add(_ classIndex: Int, _ weight: Float) { weights[base + classIndex] = weight }

        mutating func end() {}
    }
}

extension JSONEncoder {
    /// Sorted keys and pretty output, so files written twice from the same data are identical.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return encoder
    }
}
