import ArgumentParser
import ChanceryServer

/// The entry point: only hands over to the command tree of ChanceryServer.
@main
struct Entry: AsyncParsableCommand {
    static let configuration = ChanceryCommand.configuration
}
