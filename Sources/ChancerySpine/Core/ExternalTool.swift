import Foundation

/// Finds and runs the programs Chancery calls (`tar`, `pg_dump`, `pg_restore` for backups; `pdftotext` and
/// `unzip` for attachment text), saying clearly what went wrong.
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

    /// Runs `executable` to the end; throws with its last error lines when it exits non-zero.
    package static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil)
        async throws
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do { try process.run() } catch {
            throw Failure(description: "\((executable as NSString).lastPathComponent) could not be started: \(error)")
        }
        let stderr: Data = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let data = errors.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                continuation.resume(returning: data)
            }
        }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let message = String(decoding: stderr.suffix(2000), as: UTF8.self).trimmingCharacters(
                in: .whitespacesAndNewlines)
            throw Failure(
                description: "\((executable as NSString).lastPathComponent) failed (exit \(process.terminationStatus))"
                    + (message.isEmpty ? "." : ": \(message)"))
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
