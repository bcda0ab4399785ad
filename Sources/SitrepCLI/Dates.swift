import ArgumentParser
import Foundation
import SitrepIngest
import SitrepText

/// Reads dates the user types on the command line.
enum Dates {
    static func parse(_ text: String) throws -> Date {
        do {
            if let stamp = try TimestampParser().parse(text) { return stamp.instant }
        } catch {
            throw ValidationError("'\(text)' is not a real date.")
        }
        throw ValidationError("'\(text)' is not a date sitrep reads; write it as YYYY-MM-DD.")
    }
}
