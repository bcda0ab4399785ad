import Foundation

/// Reads a file line by line in fixed-size chunks, so a JSON Lines dump of any size is read
/// in bounded memory and each byte is copied a constant number of times.
struct LineReader: Sequence, IteratorProtocol {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    private static let chunk = 1 << 20

    init(_ url: URL) throws {
        handle = try FileHandle(forReadingFrom: url)
    }

    mutating func next() -> Data? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                defer { position = newline + 1 }
                return Data(buffer[position..<newline])
            }
            if finished {
                guard position < buffer.count else { return nil }
                defer { position = buffer.count }
                return Data(buffer[position...])
            }
            buffer.removeFirst(position)
            position = 0
            if let more = try? handle.read(upToCount: Self.chunk), !more.isEmpty {
                buffer.append(contentsOf: more)
            } else {
                finished = true
                try? handle.close()
            }
        }
    }
}
