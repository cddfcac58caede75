import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Finds and runs the programs Chancery calls (`tar`, `pg_dump`, `pg_restore` for backups; `pdftotext` and
/// `unzip` for attachment text; `ocrmypdf` for scans; `weasyprint` for PDF), saying clearly what went wrong.
package enum ExternalTool {
    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    /// The first executable named `tool` on `PATH`, then in `extraFolders` (in the caller's order of preference).
    package static func find(_ tool: String, extraFolders: [String] = []) -> String? {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(
            String.init)
        return (path + extraFolders).map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `executable` to its end; throws with its last error lines when it exits non-zero. With a `timeout`, a
    /// tool still running then is stopped and the run fails. When the task is cancelled (the server stops), the
    /// tool and the programs it started are stopped at once and `CancellationError` is thrown: the work was
    /// interrupted, not tried and failed. `output` receives the tool's standard output (discarded when nil). The one
    /// way Chancery runs a program: backups, attachment text, OCR and the PDF renderer.
    package static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil, timeout: Duration? = nil,
        output: FileHandle? = nil
    ) async throws {
        try Task.checkCancellation()
        let name = (executable as NSString).lastPathComponent
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        let errors = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output ?? FileHandle.nullDevice
        process.standardError = errors
        do { try process.run() } catch { throw Failure(description: "\(name) could not be started: \(error)") }
        let child = RunningTool(pid: process.processIdentifier)
        let watchdog = Task {
            guard let timeout else { return }
            try await Task.sleep(for: timeout)
            child.stop(timedOut: true)
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
            let message = String(decoding: stderr.suffix(2000), as: UTF8.self).trimmingCharacters(
                in: .whitespacesAndNewlines)
            let how =
                if let timeout, child.timedOut {
                    "stopped after \(timeout)"
                } else if process.terminationReason == .exit {
                    "exit \(process.terminationStatus)"
                } else {
                    "ended by signal \(process.terminationStatus)"
                }
            throw Failure(description: "\(name) failed (\(how))" + (message.isEmpty ? "." : ": \(message)"))
        }
    }

    /// The PostgreSQL client program `tool` (pg_dump, pg_restore): on `PATH`, else the newest installed server's.
    package static func postgres(_ tool: String) throws -> String {
        let installed = ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? [])
            .compactMap(Int.init).sorted(by: >).map { "/usr/lib/postgresql/\($0)/bin" }
        // The newest installed version first: pg_dump must be at least as new as the server.
        if let found = installed.map({ "\($0)/\(tool)" }).first(where: {
            FileManager.default.isExecutableFile(atPath: $0)
        }) {
            return found
        }
        guard let found = find(tool) else {
            throw Failure(
                description:
                    "\(tool) is needed and was not found: install the PostgreSQL client (apt-get install postgresql-client)."
            )
        }
        return found
    }

    /// A `postgres://` URL as libpq reads it: Chancery's own query items (pool_max …) removed, sslmode kept.
    package static func libpqURL(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return url }
        let kept = (components.queryItems ?? []).filter { $0.name == "sslmode" }
        components.queryItems = kept.isEmpty ? nil : kept
        return components.string ?? url
    }
}

/// A program started by `ExternalTool.run`, to be stopped with the programs it started: Foundation starts a child as
/// the leader of a process group of its own, so the signal goes to the whole group (ocrmypdf and its Tesseract).
private final class RunningTool: Sendable {
    let pid: pid_t
    private let hasEnded = Mutex(false)
    private let wasTimedOut = Mutex(false)
    /// How long the tool has to stop after SIGTERM before it is killed.
    static let grace: Double = 5

    init(pid: pid_t) { self.pid = pid }

    /// The tool has ended and was waited for: its pid is no longer ours to signal.
    func ended() { hasEnded.withLock { $0 = true } }

    /// Whether it was stopped for taking longer than its time limit.
    var timedOut: Bool { wasTimedOut.withLock { $0 } }

    /// SIGTERM to the tool's group now, SIGKILL after the grace period if it is still running.
    func stop(timedOut: Bool = false) {
        if timedOut { wasTimedOut.withLock { $0 = true } }
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
