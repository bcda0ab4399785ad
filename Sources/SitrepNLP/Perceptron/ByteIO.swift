import Foundation

/// Appends little-endian integers and raw bytes; the writing half of the model file format.
struct ByteWriter {
    var data: [UInt8] = []

    mutating func bytes(_ bytes: some Sequence<UInt8>) { data.append(contentsOf: bytes) }
    mutating func uint16(_ value: UInt16) { append(value) }
    mutating func uint32(_ value: UInt32) { append(value) }
    mutating func uint64(_ value: UInt64) { append(value) }

    private mutating func append<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }
}

/// Reads what `ByteWriter` wrote, throwing `ModelFileError.truncated` instead of reading
/// past the end.
///
/// The bytes are copied into an array once, so reading an integer is a bounds check and an
/// unaligned load (reading through `Data` per integer made loading a model take seconds).
struct ByteReader {
    let bytes: [UInt8]
    let file: String
    var offset = 0

    init(data: Data, file: String) {
        self.bytes = Array(data)
        self.file = file
    }

    mutating func bytes(_ count: Int) throws -> Data {
        guard count >= 0, offset + count <= bytes.count else { throw ModelFileError.truncated(file: file) }
        defer { offset += count }
        return Data(bytes[offset..<offset + count])
    }

    mutating func uint16() throws -> UInt16 { try integer() }
    mutating func uint32() throws -> UInt32 { try integer() }
    mutating func uint64() throws -> UInt64 { try integer() }

    private mutating func integer<T: FixedWidthInteger>() throws -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= bytes.count else { throw ModelFileError.truncated(file: file) }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: T.self) }
        offset += size
        return T(littleEndian: value)
    }
}
