/// A model file that sitrep cannot use, and what to do about it.
public enum ModelFileError: Error, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case notAModel(file: String)
    case truncated(file: String)
    case formatVersionMismatch(file: String, expected: Int, found: Int)
    case wrongKind(file: String, expected: String, found: String)
    case featureVersionMismatch(file: String, expected: Int, found: Int)
    case missingSection(file: String, section: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "cannot read model file \(file): \(reason)"
        case .notAModel(let file):
            "\(file) is not a sitrep model file"
        case .truncated(let file):
            "model file \(file) is truncated or damaged; retrain it with `sitrep train` or restore it from the repository"
        case .formatVersionMismatch(let file, let expected, let found):
            "model file \(file) has format version \(found), this sitrep reads version \(expected); retrain it with `sitrep train`"
        case .wrongKind(let file, let expected, let found):
            "\(file) is a \(found) model, not a \(expected) model"
        case .featureVersionMismatch(let file, let expected, let found):
            "model file \(file) was trained with feature set \(found), this sitrep uses feature set \(expected); retrain it with `sitrep train`"
        case .missingSection(let file, let section):
            "model file \(file) has no '\(section)' section; retrain it with `sitrep train`"
        }
    }
}
