import ArgumentParser
import ChanceryKit
import ChancerySpine
import Foundation

/// `chancery search …`: rebuild the index, see its state, and time queries in-process.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Maintain and measure the full-text search index.",
        subcommands: [Reindex.self, Status.self, Bench.self])

    struct Reindex: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rebuild every object's search document, in short transactions: safe while `serve` runs.")
        @OptionGroup var storage: StorageOptions
        @Option(help: "Objects per transaction.") var batch = 500

        func validate() throws {
            guard (1...5_000).contains(batch) else { throw ValidationError("--batch must be between 1 and 5000.") }
        }

        func run() async throws {
            let started = ContinuousClock.now
            let batch = self.batch
            let count = try await storage.open().using { chancery in
                try await chancery.search.reindex(batchSize: batch, by: "cli") { done, total in
                    Progress.show(done: done, total: total, since: started)
                }
            }
            FileHandle.standardError.write(Data("\n".utf8))
            print("Indexed \(count) objects in \(Progress.seconds(since: started)) s.")
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "How many objects the index holds, of how many.")
        @OptionGroup var storage: StorageOptions

        func run() async throws {
            let (indexed, objects) = try await storage.open().using { chancery in
                (try await chancery.search.documentCount(), try await chancery.objects.totalCount())
            }
            print("Search index: \(indexed) of \(objects) objects.")
            if indexed < objects { print("Run `chancery search reindex` to index the others.") }
        }
    }

    struct Bench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time a query mix for one user, trimmed and untrimmed, in-process; print one JSON line.")
        @OptionGroup var storage: StorageOptions
        @Option(help: "The user whose searches are timed.") var user: String
        @Option(help: "A file of queries, one per line; # starts a comment.") var queries: String
        @Option(help: "How many times the mix is run.") var runs = 5

        func run() async throws {
            InstalledOffices.install(OfficeList.all)  // the queries are read before the database is opened
            let lines = try String(contentsOfFile: queries, encoding: .utf8).split(separator: "\n")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
            let parsed = try lines.map { line in
                do { return try SearchQuery(parsing: line, offices: InstalledOffices.catalog.searchOffices) } catch {
                    throw ValidationError("Query \"\(line)\" is refused: \(error).")
                }
            }
            let (username, runs) = (user, runs)
            let report = try await storage.open().using { chancery -> [String: Any] in
                guard let account = try await chancery.users.find(username: username) else {
                    throw ValidationError("No user \(username).")
                }
                let principal = account.principal
                var trimmed: [Double] = []
                var untrimmed: [Double] = []
                // One warm-up pass, then alternate so that both see the same cache.
                for query in parsed { _ = try await chancery.search.searchIDs(query, limit: 20, by: principal) }
                for _ in 0..<runs {
                    for query in parsed {
                        var started = ContinuousClock.now
                        _ = try await chancery.search.searchIDs(query, limit: 20, by: principal)
                        trimmed.append(Progress.milliseconds(since: started))
                        started = ContinuousClock.now
                        _ = try await chancery.search.searchUntrimmed(query, limit: 20)
                        untrimmed.append(Progress.milliseconds(since: started))
                    }
                }
                return [
                    "user": username, "queries": parsed.count, "runs": runs,
                    "trimmed": Progress.percentiles(trimmed), "untrimmed": Progress.percentiles(untrimmed),
                ]
            }
            let data = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        }
    }
}

/// Progress lines and timings of the long-running commands.
enum Progress {
    static func show(done: Int, total: Int, since started: ContinuousClock.Instant) {
        let percent = total == 0 ? 100 : done * 100 / max(total, 1)
        let elapsed = seconds(since: started)
        let rate = elapsed > 0 ? Int(Double(done) / elapsed) : 0
        FileHandle.standardError.write(Data("\r\(done) / \(total) objects (\(percent) %), \(rate) per second   ".utf8))
    }

    static func seconds(since started: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - started
        let seconds = elapsed.seconds
        return (seconds * 10).rounded() / 10
    }

    static func milliseconds(since started: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - started
        return elapsed.seconds * 1000
    }

    /// p50, p95 and p99 in milliseconds, rounded to 0.1.
    static func percentiles(_ values: [Double]) -> [String: Double] {
        let sorted = values.sorted()
        func at(_ fraction: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            let index = min(sorted.count - 1, Int((fraction * Double(sorted.count)).rounded(.up)) - 1)
            return (sorted[max(0, index)] * 10).rounded() / 10
        }
        return ["p50": at(0.50), "p95": at(0.95), "p99": at(0.99)]
    }
}
