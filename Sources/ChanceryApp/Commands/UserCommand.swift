import ArgumentParser
import ChanceryKit
import ChancerySpine

/// `chancery user …`: account administration from the command line, through the same store as the accounts API.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Create, change and list accounts; see and clear the sign-in throttle.",
        subcommands: [
            Create.self, Set.self, List.self, Show.self, Password.self, RevokeSessions.self, Throttles.self,
            Unthrottle.self,
        ])

    /// The attributes shared by `create` and `set`.
    struct AttributeOptions: ParsableArguments {
        @Option(help: "Full name shown in pages.") var name: String?
        @Option(help: "Clearance: NU, NR, NC, NS or CTS (or the full marking).") package var clearance: String?
        @Option(help: "Nationality: ISO 3166 alpha-3 code of a member nation (e.g. BEL) or an organisation.")
        var nationality: String?
        @Option(help: "Special categories briefed, comma-separated (e.g. MEDICAL,STAFF).") package var categories:
            String?
        @Option(help: "Roles, comma-separated (e.g. registry.clerk,auditor).") package var roles: String?
        @Option(help: "Units, comma-separated (e.g. IPS,HEALTH).") package var units: String?
        @Option(help: "Need-to-know groups, comma-separated; each must exist (`chancery group create`).")
        var groups: String?

        func attributes() throws -> UserAttributes {
            var attributes = UserAttributes(displayName: name)
            if let clearance {
                do { attributes.clearance = try Classification(parsing: clearance) } catch {
                    throw ValidationError(error.description)
                }
            }
            attributes.nationality = nationality?.uppercased()
            attributes.categories = categories.map { Swift.Set(Self.list($0).map { $0.uppercased() }) }
            if let roles {
                var parsed: Swift.Set<Role> = []
                for name in Self.list(roles) {
                    guard let role = OfficeList.role(named: name) else {
                        throw ValidationError(AccountError.unknownRole(name).description)
                    }
                    parsed.insert(role)
                }
                attributes.roles = parsed
            }
            attributes.units = units.map { Swift.Set(Self.list($0).map { $0.uppercased() }) }
            attributes.groups = groups.map { Swift.Set(Self.list($0)) }
            return attributes
        }

        static func list(_ text: String) -> [String] {
            text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account; the password is read from standard input.")
        @OptionGroup var storage: StorageOptions
        @Option(help: "User name (lower-case letters, digits, . - _).") package var username: String
        @OptionGroup var options: AttributeOptions

        func validate() throws {
            if options.clearance == nil { throw ValidationError("--clearance is required (NU, NR, NC, NS or CTS).") }
            if options.nationality == nil { throw ValidationError("--nationality is required (e.g. BEL).") }
        }

        func run() async throws {
            let password = try readPassword()
            let attributes = try options.attributes()
            try await storage.open().using { chancery in
                let account = try await chancery.users.create(
                    username: username, password: password, attributes: attributes, actor: "cli")
                print("Created \(account.username) (\(account.clearance.abbreviation), \(account.nationality)).")
            }
        }
    }

    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change an account's attributes.")
        @OptionGroup var storage: StorageOptions
        @Option(help: "User name.") var username: String
        @OptionGroup var options: AttributeOptions
        @Flag(inversion: .prefixedEnableDisable, help: "Enable or disable the account.") var account: Bool?

        func run() async throws {
            var attributes = try options.attributes()
            attributes.disabled = account.map { !$0 }
            try await storage.open().using { chancery in
                let updated = try await chancery.users.update(username: username, attributes: attributes, actor: "cli")
                print("Updated \(updated.username).")
            }
        }
    }

    struct Password: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Set a new password (read from standard input); closes the account's sessions and clears the sign-in throttle's counters of its name."
        )
        @OptionGroup var storage: StorageOptions
        @Option(help: "User name.") var username: String

        func run() async throws {
            let password = try readPassword()
            try await storage.open().using { chancery in
                try await chancery.users.setPassword(username: username, password: password, actor: "cli")
                print("Password changed for \(username); its sessions were closed.")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the accounts.")
        @OptionGroup var storage: StorageOptions

        func run() async throws {
            try await storage.open().using { chancery in
                for account in try await chancery.users.list() { print(Self.line(account)) }
            }
        }

        static func line(_ account: UserAccount) -> String {
            [
                account.username, account.clearance.abbreviation, account.nationality,
                "categories=" + UserAccount.text(account.categories),
                "roles=" + UserAccount.text(account.roles.map(\.rawValue)),
                "units=" + UserAccount.text(account.units), "groups=" + UserAccount.text(account.groups),
                account.disabled ? "disabled" : "active",
            ].joined(separator: "\t")
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one account (as `list` does).")
        @OptionGroup var storage: StorageOptions
        @Option(help: "User name.") var username: String

        func run() async throws {
            try await storage.open().using { chancery in
                let account = try await chancery.account(named: username)
                print(List.line(account) + "\tname=\(account.displayName)\tversion=\(account.version)")
            }
        }
    }

    struct RevokeSessions: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke-sessions", abstract: "End every web session and API token of an account.")
        @OptionGroup var storage: StorageOptions
        @Option(help: "User name.") var username: String

        func run() async throws {
            try await storage.open().using { chancery in
                let account = try await chancery.account(named: username)
                let closed = try await chancery.sessions.closeAll(of: account, actor: "cli")
                print("Closed \(closed) session(s) and token(s) of \(account.username).")
            }
        }
    }

    struct Throttles: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the sign-in throttle's counters: id, scope, name, address, failures, seconds of wait left.")
        @OptionGroup var storage: StorageOptions

        func run() async throws {
            try await storage.open().using { chancery in
                let throttles = chancery.users.throttles
                let now = throttles.currentTime()
                for counter in try await throttles.list(limit: 100_000) {
                    let wait =
                        counter.blockedUntil > now
                        ? SignInThrottlePolicy.retryAfterSeconds(counter.blockedUntil - now) : 0
                    let fields = [
                        counter.id, counter.scope.rawValue, counter.username.isEmpty ? "-" : counter.username,
                        counter.address.isEmpty ? "-" : counter.address, "failures=\(counter.failures)",
                        "wait=\(wait)s",
                    ]
                    print(fields.joined(separator: "\t"))
                }
            }
        }
    }

    struct Unthrottle: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Clear one counter of the sign-in throttle (--id), or every counter of a name (--username).")
        @OptionGroup var storage: StorageOptions
        @Option(help: "The counter's id, as `chancery user throttles` shows it.") var id: String?
        @Option(help: "A name as typed at sign-in (it need not be an account).") package var username: String?

        func validate() throws {
            guard (id == nil) != (username == nil) else { throw ValidationError("Give either --id or --username.") }
        }

        func run() async throws {
            try await storage.open().using { chancery in
                if let id {
                    guard try await chancery.users.throttles.clear(id: id, actor: "cli") != nil else {
                        throw ValidationError("There is no sign-in throttle counter with the id \(id).")
                    }
                    print("Cleared counter \(id).")
                } else if let username {
                    let cleared = try await chancery.users.throttles.clear(username: username, actor: "cli")
                    print("Cleared \(cleared) counter(s) of \(username).")
                }
            }
        }
    }
}

/// Reads a password from the first line of standard input.
private func readPassword() throws -> String {
    guard let line = readLine(strippingNewline: true), !line.isEmpty else {
        throw ValidationError(
            "Give the password on standard input, e.g. `printf '%s\\n' \"$PASSWORD\" | chancery user create …`.")
    }
    return line
}

extension Chancery {
    /// The account a command names, or the error that says there is none.
    fileprivate func account(named username: String) async throws -> UserAccount {
        guard let account = try await users.find(username: username) else { throw AccountError.unknownUser(username) }
        return account
    }
}
