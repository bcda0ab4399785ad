import Foundation
import SitrepModels
import SitrepNLP

extension Parser {
    /// The dependency parser sitrep ships, from `Models/en/parser.model`.
    public static func english() throws -> Parser {
        try Parser(folder: BundledModels.english)
    }
}
