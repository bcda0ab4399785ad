import Foundation

/// The sample articles that ship with sitrep, so `sitrep demo` works from a fresh clone.
public enum BundledSamples {
    /// Every bundled article file, sorted by name.
    public static var articles: [URL] {
        let folder = Bundle.module.bundleURL.appendingPathComponent("articles", isDirectory: true)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
