import ArgumentParser
import ChanceryKit
import ChanceryTestSupport
import Foundation
import NIOCore
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Registry

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

#if canImport(Glibc)
    import Glibc
#endif

/// `chancery jobs`: a worker process killed with SIGKILL in the middle of OCR loses no job, and the operator's
/// list and retry.
@Suite("chancery jobs", .serialized)
struct JobsCommandTests {
    /// The `chancery` executable that `swift build --build-tests` made beside the tests.
    static var executable: String {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent(".build/debug/chancery").path
    }

    static func state(of subject: String, _ installation: TestInstallation) async throws -> (String, String?)? {
        try await installation.chancery.database.read { db in
            try await db.raw("SELECT state, claimed_by FROM jobs WHERE subject = \(bind: subject)").first().map {
                (try $0.decode(column: "state", as: String.self), try $0.decode(column: "claimed_by", as: String?.self))
            }
        }
    }

    @Test("kill -9 of the worker process during OCR loses no job: it is taken up after the restart and done")
    func killDuringOCR() async throws {
        try await withInstallation { installation in
            // setup: a scanned page waiting for OCR
            let (clerk, _) = try await SearchFixtures.registryDesk(installation)
            let record = try await SearchFixtures.register(installation, "Orders received by fax", by: clerk)
            let scan = try await installation.chancery.records.attach(
                [ByteBuffer(bytes: try ScannedPage.pdf(["The quartermaster requests", "winter boots"]))].async,
                to: record.object.id, name: "fax.pdf", contentType: "application/pdf", label: nil, limit: 10 << 20,
                by: clerk)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.executable)
            process.arguments = ["jobs", "work"] + AuditVerifyCommandTests.arguments(installation)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice

            // exercise: the worker claims the job and starts OCR; it is killed mid-way
            try process.run()
            var claimed = false
            for _ in 0..<600 where !claimed {
                if let (state, worker) = try await Self.state(of: scan.id, installation), state == "running",
                    worker?.contains(":\(process.processIdentifier):") == true
                {
                    claimed = true
                } else {
                    try await Task.sleep(for: .milliseconds(50))
                }
            }
            try #require(claimed, "the worker process never claimed the job")
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)

            // validate: the job is still there, taken up at the restart, and done
            #expect(try await Self.state(of: scan.id, installation)?.0 == "running")
            #expect(try await installation.chancery.jobs.releaseOrphans() == 1)
            #expect(try await installation.chancery.jobWorker().drain() == 1)
            #expect(try await Self.state(of: scan.id, installation)?.0 == "done")
            let hits = try await installation.chancery.search.searchIDs(
                try SearchQuery(parsing: "quartermaster", offices: ["registry", "health"]), limit: 10, by: clerk)
            #expect(hits.ids == [record.object.id])
        }
    }

    @Test("jobs list runs; retry of a job that did not fail exits 1 and changes nothing")
    func listAndRetry() async throws {
        try await withInstallation { installation in
            let (clerk, _) = try await SearchFixtures.registryDesk(installation)
            let record = try await SearchFixtures.register(installation, "Orders", by: clerk)
            _ = try await installation.chancery.records.attach(
                [ByteBuffer(string: FileFixtures.pdf)].async, to: record.object.id, name: "scan.pdf",
                contentType: "application/pdf", label: nil, limit: 1 << 20, by: clerk)
            let jobs = try await installation.chancery.jobs.list()
            #expect(jobs.count == 1 && jobs.first?.state == .queued)

            try await JobsCommand.List.parse(AuditVerifyCommandTests.arguments(installation)).run()
            let retry = try JobsCommand.Retry.parse([jobs[0].id] + AuditVerifyCommandTests.arguments(installation))
            await #expect(throws: ExitCode(1)) { try await retry.run() }
            #expect(try await installation.chancery.jobs.list().first?.state == .queued)
            #expect(throws: (any Error).self) { try JobsCommand.List.parse(["--state", "lost"]) }
        }
    }

    /// Attaches a scanned page (a PDF without a text layer) to the record: its OCR job is queued.
    static func attachScan(
        _ lines: [String], to record: RegistryRecord, by clerk: Principal, name: String = "fax.pdf",
        _ installation: TestInstallation
    ) async throws -> ChancerySpine.Attachment {
        try await installation.chancery.records.attach(
            [ByteBuffer(bytes: try ScannedPage.pdf(lines))].async, to: record.object.id, name: name,
            contentType: "application/pdf", label: nil, limit: 10 << 20, by: clerk)
    }

    @Test(
        "SIGTERM to chancery serve or jobs work during OCR stops ocrmypdf and gives the job back to the queue, not failed",
        arguments: [["serve", "--port", String(FreePort.loopback())], ["jobs", "work"]])
    func shutdownDuringOCR(command: [String]) async throws {
        try await withInstallation { installation in
            // setup: the server (or a worker process) started on the installation, then a scanned page attached
            let (clerk, _) = try await SearchFixtures.registryDesk(installation)
            let record = try await SearchFixtures.register(installation, "Orders received by fax", by: clerk)
            let server = Process()
            server.executableURL = URL(fileURLWithPath: Self.executable)
            server.arguments = command + AuditVerifyCommandTests.arguments(installation)
            // what the server says goes to a file, so that a failure below says why it ended as it did
            let log = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString).log")
            FileManager.default.createFile(atPath: log.path, contents: nil)
            let logHandle = try FileHandle(forWritingTo: log)
            server.standardOutput = logHandle
            server.standardError = logHandle
            try server.run()
            defer {
                if server.isRunning { kill(server.processIdentifier, SIGKILL) }
                try? logHandle.close()
                try? FileManager.default.removeItem(at: log)
            }

            if let port = command.firstIndex(of: "--port").map({ command[$0 + 1] }) {
                // a service manager stops a server that has started, not one still binding its port
                try await Self.waitUntilServing(port: port)
            }
            let scan = try await Self.attachScan(
                ["The quartermaster requests", "winter boots"], to: record, by: clerk,
                installation)

            // exercise: once the server's worker runs ocrmypdf on the scan (and, if it gets that far, Tesseract),
            // the server is told to stop, as a service manager does
            var programs: [Int32: String] = [:]
            for _ in 0..<2400 where !programs.values.contains(where: { $0.contains("ocrmypdf") }) {
                programs = ProcessTree.descendants(of: server.processIdentifier)
                try await Task.sleep(for: .milliseconds(25))
            }
            try #require(programs.values.contains { $0.contains("ocrmypdf") }, "the server never started ocrmypdf")
            for _ in 0..<40 where !programs.values.contains(where: { $0.contains("tesseract") }) {
                try await Task.sleep(for: .milliseconds(25))
                programs.merge(ProcessTree.descendants(of: server.processIdentifier)) { old, _ in old }
            }
            #expect(try await Self.state(of: scan.id, installation)?.0 == "running")
            kill(server.processIdentifier, SIGTERM)
            server.waitUntilExit()

            // validate: the server ended cleanly, none of the programs it started is left, and the job waits again
            // with no attempt counted; the next worker does it
            #expect(
                server.terminationReason == .exit && server.terminationStatus == 0,
                "the server ended with \(server.terminationStatus): \((try? String(contentsOf: log, encoding: .utf8)) ?? "")"
            )
            for (pid, command) in programs { #expect(!ProcessTree.isAlive(pid), "still running: \(command)") }
            let job = try #require(try await installation.chancery.jobs.list().first { $0.subject == scan.id })
            #expect(job.state == .queued && job.attempts == 0 && job.claimedBy == nil && job.lastError == nil)
            #expect(try await installation.chancery.jobWorker().drain() == 1)
            let done = try #require(try await installation.chancery.jobs.list().first { $0.subject == scan.id })
            #expect(done.state == .done && done.attempts == 1)
        }
    }

    /// Waits until a server answers on the loopback port (at most a minute, for a busy machine).
    static func waitUntilServing(port: String) async throws {
        let url = try #require(URL(string: "http://127.0.0.1:\(port)/healthz"))
        for _ in 0..<600 {
            if let (_, response) = try? await URLSession.shared.data(from: url),
                (response as? HTTPURLResponse)?.statusCode == 200
            {
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("the server never answered on port \(port)")
    }

    @Test("jobs list names ids, kinds, states and reasons, never an item's title, a file's name or its text")
    func listShowsNoContent() async throws {
        try await withInstallation { installation in
            // setup: a record with a title of its own, a scan read by OCR and a file whose OCR failed
            let (clerk, _) = try await SearchFixtures.registryDesk(installation)
            let record = try await SearchFixtures.register(installation, "Zanzibar convoy manifest", by: clerk)
            _ = try await Self.attachScan(
                ["The quartermaster requests", "winter boots"], to: record, by: clerk,
                name: "boots-order.pdf", installation)
            _ = try await installation.chancery.records.attach(
                [ByteBuffer(string: FileFixtures.pdf)].async, to: record.object.id, name: "pageless-fax.pdf",
                contentType: "application/pdf", label: nil, limit: 1 << 20, by: clerk)
            var queue = installation.chancery.jobs
            queue.policy = JobPolicy(firstBackoff: .zero)
            try await installation.chancery.jobWorker(queue: queue).drain()
            let jobs = try await installation.chancery.jobs.list()
            try #require(Set(jobs.map(\.state)) == [.done, .failed])

            // exercise: the real command
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.executable)
            process.arguments = ["jobs", "list"] + AuditVerifyCommandTests.arguments(installation)
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()

            // validate
            #expect(process.terminationStatus == 0)
            for job in jobs {
                #expect(printed.contains(job.id) && printed.contains(job.kind) && printed.contains(job.state.rawValue))
            }
            for word in ["zanzibar", "convoy", "manifest", "quartermaster", "winter", "boots", "pageless"] {
                #expect(!printed.lowercased().contains(word), "jobs list printed \"\(word)\": \(printed)")
            }
        }
    }
}
