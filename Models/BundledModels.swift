import Foundation

/// Where the trained models that ship with sitrep live.
///
/// `Models/en/` holds one file per statistical stage, written by `sitrep train` and read at
/// start-up; nothing is downloaded.
public enum BundledModels {
    /// The folder of English models inside the resource bundle.
    public static var english: URL {
        Bundle.module.bundleURL.appendingPathComponent("en", isDirectory: true)
    }

    /// The source folder `Models/en` of this checkout, where `sitrep train` writes by default.
    public static var sourceFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("en", isDirectory: true)
    }
}
