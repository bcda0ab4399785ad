import CZlib
import Foundation

/// Decompresses gzip data with zlib, refusing to produce more than `limit` bytes, so a small
/// file that expands enormously (a gzip bomb) is an error instead of exhausted memory.
enum Gzip {
    static func isCompressed(_ data: Data) -> Bool { data.starts(with: [0x1F, 0x8B]) }

    static func decompress(_ data: Data, file: String, limit: Int) throws(IngestError) -> Data {
        var stream = z_stream()
        guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .unreadable(file: file, reason: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = [UInt8](data)
        var status = Z_OK
        input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            repeat {
                chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    output.append(contentsOf: target[..<(target.count - Int(stream.avail_out))])
                }
            } while status == Z_OK && output.count <= limit
        }
        if output.count > limit { throw .tooLarge(file: file, bytes: output.count, limit: limit) }
        guard status == Z_STREAM_END else { throw .unreadable(file: file, reason: "not a complete gzip stream") }
        return output
    }
}
