import Foundation

/// One news article as sitrep stores it: metadata from its source plus the cleaned body.
///
/// The body is the text every offset in sitrep points into (Unicode scalar offsets). Readers
/// in `SitrepIngest` build articles; the id is derived from the body, so the same story read
/// twice from two files has the same id.
public struct Article: Sendable, Hashable, Codable {
    /// Stable identity: a hash of the normalised body (see `Article.id(forBody:)`).
    public var id: String
    public var title: String?
    /// The outlet that published it ("ICARO Media Group", "Reuters").
    public var outlet: String?
    public var url: String?
    public var section: String?
    public var authors: [String]
    public var published: Timestamp?
    /// The place line that opened the body ("WASHINGTON"), moved out of the body.
    public var dateline: String?
    public var imageURL: String?
    public var body: String
    /// ISO 639-1 code; sitrep reads English.
    public var language: String
    /// Where the article was read from (a path or URL), for provenance.
    public var origin: String?

    public init(
        title: String? = nil, outlet: String? = nil, url: String? = nil, section: String? = nil,
        authors: [String] = [], published: Timestamp? = nil, dateline: String? = nil,
        imageURL: String? = nil, body: String, language: String = "en", origin: String? = nil
    ) {
        self.id = Article.id(forBody: body)
        self.title = title
        self.outlet = outlet
        self.url = url
        self.section = section
        self.authors = authors
        self.published = published
        self.dateline = dateline
        self.imageURL = imageURL
        self.body = body
        self.language = language
        self.origin = origin
    }

    /// The id of a body: 64-bit FNV-1a over its lowercased words joined by single spaces, so
    /// re-wrapped or re-spaced copies of one text share an id.
    public static func id(forBody body: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var pendingSpace = false
        var started = false
        for scalar in body.unicodeScalars {
            let isWhitespace = scalar.isASCII
                ? scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0B}" || scalar == "\u{0C}"
                : scalar.properties.isWhitespace
            if isWhitespace {
                pendingSpace = started
                continue
            }
            if pendingSpace {
                hash = (hash ^ 0x20) &* 0x100_0000_01b3
                pendingSpace = false
            }
            started = true
            scalar.forEachLowercaseByte { hash = (hash ^ UInt64($0)) &* 0x100_0000_01b3 }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
