import ArgumentParser
import ChancerySpine
import Foundation

/// `chancery verify-blobs`: re-reads every stored attachment file and compares it with its SHA-256.
struct VerifyBlobsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify-blobs",
        abstract: "Check every stored attachment file against its SHA-256; exit 1 if one is missing or altered.")
    @OptionGroup var storage: StorageOptions

    func run() async throws {
        let report = try await storage.open().using { chancery in try await chancery.attachments.verifyBlobs() }
        for hash in report.missing {
            FileHandle.standardError.write(Data("MISSING   \(hash)\n".utf8))
        }
        for (hash, actual) in report.corrupted {
            FileHandle.standardError.write(Data("CORRUPTED \(hash) (content now hashes to \(actual))\n".utf8))
        }
        guard report.isIntact else {
            FileHandle.standardError.write(
                Data(
                    "Stored files BROKEN: \(report.missing.count) missing, \(report.corrupted.count) altered, of \(report.checked).\n"
                        .utf8))
            throw ExitCode(1)
        }
        print("Stored files intact: \(report.checked) files, \(report.bytes) bytes checked against their SHA-256.")
    }
}
