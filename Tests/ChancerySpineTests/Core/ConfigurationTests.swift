import ChanceryTestSupport
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

@Suite("Configuration")
struct ConfigurationTests {
    @Test("Defaults: SQLite under ./data on 127.0.0.1:8080")
    func defaults() throws {
        let configuration = try AppConfiguration.fromEnvironment([:])
        #expect(configuration.databaseURL == nil)
        #expect(configuration.sqlitePath == "./data/chancery.sqlite")
        #expect(configuration.port == 8080)
        #expect(configuration.passwordHashCost == 12)
        #expect(configuration.secureCookies)
    }

    @Test("Variables are read")
    func variables() throws {
        let configuration = try AppConfiguration.fromEnvironment([
            "CHANCERY_PORT": "9000", "CHANCERY_DATA_DIR": "/srv/chancery",
            "CHANCERY_DATABASE_URL": "postgres://u:p@db:5432/chancery", "CHANCERY_CATEGORIES": "crypto, nuclear",
            "CHANCERY_SECURE_COOKIES": "false",
        ])
        #expect(configuration.port == 9000)
        #expect(configuration.sqlitePath == "/srv/chancery/chancery.sqlite")
        #expect(configuration.databaseURL == "postgres://u:p@db:5432/chancery")
        #expect(configuration.extraCategories == ["CRYPTO", "NUCLEAR"])
        #expect(!configuration.secureCookies)
    }

    @Test(
        "A bad value is refused with a sentence naming the variable and what was expected",
        arguments: [
            ("CHANCERY_PORT", "80a"), ("CHANCERY_PORT", "70000"), ("CHANCERY_DATABASE_URL", "mysql://x/y"),
            ("CHANCERY_BCRYPT_COST", "99"), ("CHANCERY_SECURE_COOKIES", "maybe"), ("CHANCERY_CATEGORIES", "A B"),
        ])
    func badValues(variable: String, value: String) throws {
        do {
            _ = try AppConfiguration.fromEnvironment([variable: value])
            Issue.record("\(variable)=\(value) was accepted")
        } catch {
            #expect(error.description.hasPrefix("\(variable) is \"\(value)\""))
            #expect(error.description.contains("expected"))
        }
    }

    @Test("pool_max must be a sensible number")
    func poolSize() throws {
        #expect(throws: ConfigurationError.self) {
            try Database.postgresConfiguration(url: "postgres://u@h/db?pool_max=0")
        }
        #expect(try Database.postgresConfiguration(url: "postgres://u@h/db?pool_max=7").options.maximumConnections == 7)
    }
}
