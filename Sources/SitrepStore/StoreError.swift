/// Why the store could not do what was asked; each case names the database file or the id.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case noSuchArticle(id: String)
    case ambiguousID(prefix: String, matches: Int)
    case badAnalysis(articleID: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "cannot open the sitrep database \(path): \(reason)"
        case .noSuchArticle(let id):
            "no stored article has id \(id); `sitrep articles` lists them"
        case .ambiguousID(let prefix, let matches):
            "\(matches) articles have ids starting with \(prefix); give more characters"
        case .badAnalysis(let articleID, let reason):
            "the analysis of article \(articleID) cannot be stored: \(reason)"
        }
    }
}
