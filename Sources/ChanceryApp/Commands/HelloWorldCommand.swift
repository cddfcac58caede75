import ArgumentParser
import ChancerySpine
import Hummingbird
import Logging

/// `chancery hello-world`: Hummingbird's bare hello-world, no database, no middleware. The load harness
/// (scripts/load.sh) runs it beside `chancery serve` on the same machine to report how much of a request's
/// time is Chancery's own (authentication, trimming, audit) and how much is the framework's.
struct HelloWorldCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hello-world", abstract: "Serve the framework's bare hello-world (a benchmark baseline).",
        shouldDisplay: false)

    @Option(name: .long, help: "Address to listen on.") var hostname = "127.0.0.1"
    @Option(name: .long, help: "Port to listen on.") var port = 8081

    func run() async throws {
        let router = Router()
        router.get("/") { _, _ in "Hello, world!" }
        var logger = Logger(label: "hello-world")
        logger.logLevel = .warning
        let app = Application(
            router: router, configuration: .init(address: .hostname(hostname, port: port)), logger: logger)
        say("hello-world listening on http://\(hostname):\(port)/")
        try await app.runService()
    }
}
