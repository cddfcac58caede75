import ArgumentParser
import ChanceryKit
import ChancerySpine

/// `chancery group …`: need-to-know groups and their members from the command line, through the same stores as
/// the accounts API.
struct GroupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "group", abstract: "Create and list need-to-know groups; add and remove their members.",
        subcommands: [Create.self, List.self, Show.self, Add.self, Remove.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a group.")
        @OptionGroup var storage: StorageOptions
        @Option(help: "Name: 1 to 32 letters, digits, hyphens or underscores (e.g. HR-CASES).") package var name: String
        @Option(help: "What the group is for (default: its name).") package var title: String?

        func run() async throws {
            try await storage.open().using { chancery in
                let group = try await chancery.groups.create(name: name, title: title, actor: "cli")
                print("Created group \(group.name).")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the groups: name, then title.")
        @OptionGroup var storage: StorageOptions

        func run() async throws {
            try await storage.open().using { chancery in
                for group in try await chancery.groups.list() { print("\(group.name)\t\(group.title)") }
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a group's title and members.")
        @OptionGroup var storage: StorageOptions
        @Option(help: "Group name.") var name: String

        func run() async throws {
            try await storage.open().using { chancery in
                guard let group = try await chancery.groups.find(name: name) else {
                    throw AccountError.unknownGroup(name)
                }
                print("\(group.name)\t\(group.title)")
                for member in try await chancery.users.members(of: group.name) {
                    print("  \(member.username)\t\(member.displayName)")
                }
            }
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Put an account in a group.")
        @OptionGroup var storage: StorageOptions
        @Option(help: "Group name.") var group: String
        @Option(help: "User name.") var username: String

        func run() async throws {
            try await storage.open().using { chancery in
                let changed = try await chancery.users.addMember(username, to: group, actor: "cli")
                print(changed ? "Added \(username) to \(group)." : "\(username) was already a member of \(group).")
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take an account out of a group.")
        @OptionGroup var storage: StorageOptions
        @Option(help: "Group name.") var group: String
        @Option(help: "User name.") var username: String

        func run() async throws {
            try await storage.open().using { chancery in
                try await chancery.users.removeMember(username, from: group, actor: "cli")
                print("Removed \(username) from \(group).")
            }
        }
    }
}
