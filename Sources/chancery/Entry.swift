import ArgumentParser
import ChanceryApp

/// The entry point: only hands over to the command tree of ChanceryApp.
@main
struct Entry: AsyncParsableCommand {
    static let configuration = ChanceryCommand.configuration
}
