import Foundation

/// Measurements a test reports (an evaluation's scores and mistakes), for the benchmark scripts
/// and for whoever runs the test.
public enum TestReport {
    /// Writes `text` to standard error, in ASCII (`Вибухи` as `Vibuhi`, `Vučić` as `Vucic`): `swift
    /// test` (6.3) drops, at random, the pieces of a test's output that hold other characters,
    /// so a report with Cyrillic titles vanished from most runs.
    public static func show(_ text: String) {
        let latin = text.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false) ?? text
        let ascii = String(String.UnicodeScalarView(latin.unicodeScalars.map { $0.isASCII ? $0 : "?" }))
        FileHandle.standardError.write(Data((ascii + "\n").utf8))
    }
}
