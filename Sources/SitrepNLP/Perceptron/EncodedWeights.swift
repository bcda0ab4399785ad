import Foundation

/// `PerceptronModel.encoded()` read row by row, so that each layout a model is scored with
/// (`PerceptronModel`, `SparseScorer`, the parser's `WeightTable`) fills itself straight from
/// the file's bytes, with nothing built in between: loading a model is mostly this.
struct EncodedWeights {
    let classCount: Int
    let featureCount: Int
    private let data: Data
    private let file: String

    /// The size of the counts before the rows.
    private static let headerSize = 8

    /// Reads the counts; `file` names the model file in errors.
    init(_ data: Data, file: String) throws {
        guard data.count >= Self.headerSize else { throw ModelFileError.truncated(file: file) }
        let (classes, features) = data.withUnsafeBytes { raw in
            (UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)),
             UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4, as: UInt32.self)))
        }
        classCount = Int(classes)
        featureCount = Int(features)
        guard classCount > 0, classCount <= Int(UInt16.max), featureCount <= data.count else {
            throw ModelFileError.truncated(file: file)
        }
        self.data = data
        self.file = file
    }

    /// Gives `builder` each feature in file order (ascending hash), then each of its
    /// non-zero weights in ascending class order, then closes the feature.
    func read<Builder: RowBuilder>(into builder: inout Builder) throws {
        try walk { feature in
            builder.begin(feature)
        } weight: { c, bits in
            builder.add(c, Float(halfBits: bits))
        } end: {
            builder.end()
        }
    }

    /// The largest weight's magnitude, read without widening any weight: the magnitudes of
    /// finite Float16 values order as their bits do once the sign bit is cleared.
    func largestMagnitude() throws -> Float {
        var largest: UInt16 = 0
        try walk { _ in } weight: { _, bits in largest = max(largest, bits & 0x7fff) } end: {}
        return Float(halfBits: largest)
    }

    /// One pass over the rows through a single pointer into the section's bytes, checking
    /// each row against the end. (A `ByteReader` per integer, as the decoders each had
    /// written, retained and released its bytes at every read: a quarter of a short
    /// `sitrep eval parser` run.)
    private func walk(feature: (UInt64) -> Void, weight: (Int, UInt16) -> Void, end: () -> Void) throws {
        let (classCount, featureCount) = (classCount, featureCount)
        let complete = data.withUnsafeBytes { raw -> Bool in
            var offset = Self.headerSize
            for _ in 0..<featureCount {
                guard offset + 10 <= raw.count else { return false }
                feature(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                let count = Int(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt16.self)))
                offset += 10
                guard offset + 4 * count <= raw.count else { return false }
                for _ in 0..<count {
                    let c = Int(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self)))
                    guard c < classCount else { return false }
                    weight(c, UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 2, as: UInt16.self)))
                    offset += 4
                }
                end()
            }
            return true
        }
        guard complete else { throw ModelFileError.truncated(file: file) }
    }
}

/// A layout filled row by row by `EncodedWeights.read(into:)`.
protocol RowBuilder {
    mutating func begin(_ feature: UInt64)
    mutating func add(_ classIndex: Int, _ weight: Float)
    mutating func end()
}

extension Float {
    /// The Float16 with these bits, widened by hand: without F16C, which the x86-64 baseline
    /// lacks, Swift widens through a library call (`__extendhfsf2`, 7 % of a short
    /// `sitrep eval parser` run, nearly all of it loading).
    init(halfBits bits: UInt16) {
        let sign = UInt32(bits & 0x8000) << 16
        let exponent = UInt32(bits >> 10) & 0x1f
        let mantissa = UInt32(bits & 0x3ff)
        switch exponent {
        case 0 where mantissa == 0:
            self.init(bitPattern: sign)
        case 0:
            let magnitude = Float(mantissa) * 0x1p-24
            self = sign == 0 ? magnitude : -magnitude
        case 0x1f:
            self.init(bitPattern: sign | 0x7f80_0000 | mantissa << 13)
        default:
            self.init(bitPattern: sign | (exponent + 112) << 23 | mantissa << 13)
        }
    }
}
