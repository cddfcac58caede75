import ChanceryKit
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Reads the text of scanned paper: Debian's `ocrmypdf` (Tesseract, English and French) turns a PDF without a
/// text layer, or an image, into a searchable PDF and its plain text.
package enum OCR {
    /// The Tesseract languages read, in order of preference.
    package static let languages = "eng+fra"
    /// The longest one file may take.
    package static let timeout: Duration = .seconds(600)

    /// Whether a file of this type, from which no text could be read directly, is worth reading by OCR.
    package static func applies(to type: FileType) -> Bool {
        [.pdf, .png, .jpeg, .tiff].contains(type)
    }

    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    /// Runs `ocrmypdf` on `input` (of `type`), writing the searchable PDF to `output`; returns the text it read
    /// (possibly empty: a blank page).
    package static func read(_ input: String, type: FileType, into output: String) async throws -> String {
        guard let ocrmypdf = ExternalTool.find("ocrmypdf") else {
            throw Failure(
                description: "ocrmypdf is not installed (apt-get install ocrmypdf tesseract-ocr-eng tesseract-ocr-fra)."
            )
        }
        let sidecar = output + ".txt"
        defer { try? FileManager.default.removeItem(atPath: sidecar) }
        var arguments = [
            "-l", languages, "--output-type", "pdf", "--optimize", "0", "--jobs", "1", "--skip-text", "--quiet",
            "--sidecar", sidecar,
        ]
        // An image without a resolution of its own is taken as a 300 dpi scan.
        if type != .pdf { arguments += ["--image-dpi", "300"] }
        arguments += [input, output]
        try await run(ocrmypdf, arguments)
        let text = (try? String(contentsOfFile: sidecar, encoding: .utf8)) ?? ""
        // ocrmypdf writes a form feed between pages and a notice for pages it skipped.
        return String(
            text.replacingOccurrences(of: "\u{0C}", with: "\n")
                .replacingOccurrences(of: "[OCR skipped on page(s) ", with: "")
                .trimmingCharacters(in: .whitespacesAndNewlines)
                .prefix(TextExtractor.maxCharacters))
    }

    /// Runs the tool to its end within `timeout`; throws with its last error lines when it fails. When the task is
    /// cancelled (the server stops), the tool and the programs it started (Tesseract) are stopped at once and
    /// `CancellationError` is thrown: the job was interrupted, not tried and failed.
    private static func run(_ executable: String, _ arguments: [String]) async throws {
        try Task.checkCancellation()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do { try process.run() } catch { throw Failure(description: "ocrmypdf could not be started: \(error)") }
        let child = RunningTool(pid: process.processIdentifier)
        let watchdog = Task {
            try await Task.sleep(for: timeout)
            child.stop()
        }
        let stderr: Data = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                DispatchQueue.global().async {
                    let data = errors.fileHandleForReading.readDataToEndOfFile()
                    process.waitUntilExit()
                    child.ended()
                    continuation.resume(returning: data)
                }
            }
        } onCancel: {
            child.stop()
        }
        watchdog.cancel()
        try Task.checkCancellation()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let message = String(decoding: stderr.suffix(1000), as: UTF8.self).trimmingCharacters(
                in: .whitespacesAndNewlines)
            let how =
                process.terminationReason == .exit ? "exit \(process.terminationStatus)" : "stopped after \(timeout)"
            throw Failure(description: "ocrmypdf failed (\(how))" + (message.isEmpty ? "." : ": \(message)"))
        }
    }
}

/// A tool started by OCR, to be stopped with the programs it started: Foundation starts a child as the leader of
/// a process group of its own, so the signal goes to the whole group (ocrmypdf and its Tesseract).
private final class RunningTool: Sendable {
    let pid: pid_t
    private let hasEnded = Mutex(false)
    /// How long the tool has to stop after SIGTERM before it is killed.
    static let grace: Double = 5

    init(pid: pid_t) { self.pid = pid }

    /// The tool has ended and was waited for: its pid is no longer ours to signal.
    func ended() { hasEnded.withLock { $0 = true } }

    /// SIGTERM to the tool's group now, SIGKILL after the grace period if it is still running.
    func stop() {
        signal(SIGTERM)
        DispatchQueue.global().asyncAfter(deadline: .now() + Self.grace) { self.signal(SIGKILL) }
    }

    private func signal(_ number: Int32) {
        hasEnded.withLock { ended in
            guard !ended else { return }
            _ = kill(getpgid(pid) == pid ? -pid : pid, number)
        }
    }
}
