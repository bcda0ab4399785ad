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
/// Each integer is one unaligned load through the bytes' pointer, and the bytes are never
/// copied: a reader that copied the whole model file into an array, then each section out of
/// that, copied the parser's 14 MB twice on every load; reading through `Data`'s subscripts
/// took seconds.
struct ByteReader {
    let data: Data
    let file: String
    var offset = 0

    init(data: Data, file: String) {
        self.data = data
        self.file = file
    }

    /// The next `count` bytes, as a buffer of their own.
    mutating func bytes(_ count: Int) throws -> Data {
        guard count >= 0, offset + count <= data.count else { throw ModelFileError.truncated(file: file) }
        defer { offset += count }
        return data.subdata(in: data.startIndex + offset..<data.startIndex + offset + count)
    }

    mutating func uint16() throws -> UInt16 { try integer() }
    mutating func uint32() throws -> UInt32 { try integer() }
    mutating func uint64() throws -> UInt64 { try integer() }

    private mutating func integer<T: FixedWidthInteger>() throws -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= data.count else { throw ModelFileError.truncated(file: file) }
        let value = data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: T.self) }
        offset += size
        return T(littleEndian: value)
    }
}
