// swift-tools-version:6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

/// What every office may import: the spine, the pure rules, and the libraries the spine is built on.
let officeDependencies: [Target.Dependency] = [
    "ChancerySpine", "ChanceryKit",
    .product(name: "Hummingbird", package: "hummingbird"),
    .product(name: "Mustache", package: "swift-mustache"),
    .product(name: "SQLKit", package: "sql-kit"),
    .product(name: "Crypto", package: "swift-crypto"),
    .product(name: "Logging", package: "swift-log"),
    .product(name: "MultipartKit", package: "multipart-kit"),
]

/// The tests of the spine, the offices and the application open whole installations, as deployed.
let serverTestDependencies: [Target.Dependency] = [
    "ChanceryTestSupport", "ChanceryApp", "ChancerySpine", "Registry", "Health", "Recruitment", "HR", "ChanceryKit",
    .product(name: "HummingbirdTesting", package: "hummingbird"),
]

let package = Package(
    name: "chancery",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "chancery", targets: ["chancery"]),
        .library(name: "ChanceryKit", targets: ["ChanceryKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.0"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.0"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.0"),
    ],
    targets: [
        // Pure domain rules: labels, principals, the access decision, audit hashing. No web, no database.
        .target(
            name: "ChanceryKit",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        // The security spine: storage and migrator, labelled objects and trimmed queries, audit chain, accounts and
        // sessions, attachments, search index, idempotency, backup, HTTP plumbing, the web shell, the Office interface.
        .target(
            name: "ChancerySpine",
            dependencies: [
                "ChanceryKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "MultipartKit", package: "multipart-kit"),
            ],
            resources: [.copy("OpenAPI"), .copy("Strings")],
            swiftSettings: swiftSettings
        ),
        // The offices. Each depends on the spine and ChanceryKit only, never on another office.
        // Each office's `OpenAPI` folder holds its part of the OpenAPI document (JSON files), its `Strings` folder
        // its English and French text (JSON files read by `StringCatalog`).
        .target(
            name: "Registry", dependencies: officeDependencies, resources: [.copy("OpenAPI"), .copy("Strings")],
            swiftSettings: swiftSettings),
        .target(
            name: "Health", dependencies: officeDependencies, resources: [.copy("OpenAPI"), .copy("Strings")],
            swiftSettings: swiftSettings),
        .target(
            name: "Recruitment", dependencies: officeDependencies, resources: [.copy("OpenAPI"), .copy("Strings")],
            swiftSettings: swiftSettings),
        .target(
            name: "HR", dependencies: officeDependencies, resources: [.copy("OpenAPI"), .copy("Strings")],
            swiftSettings: swiftSettings),
        // The application: the list of offices and the command-line interface.
        .target(
            name: "ChanceryApp",
            dependencies: [
                "ChancerySpine", "Registry", "Health", "Recruitment", "HR", "ChanceryKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SQLKit", package: "sql-kit"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "chancery",
            dependencies: ["ChanceryApp", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ChanceryKitTests",
            dependencies: ["ChanceryKit", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        // What the tests of every target share: a fresh installation per test, fixtures, a seeded generator.
        .target(
            name: "ChanceryTestSupport",
            dependencies: [
                "ChanceryApp", "ChancerySpine", "Registry", "Health", "Recruitment", "HR", "ChanceryKit",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            path: "Tests/ChanceryTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "ChancerySpineTests", dependencies: serverTestDependencies, swiftSettings: swiftSettings),
        .testTarget(name: "RegistryTests", dependencies: serverTestDependencies, swiftSettings: swiftSettings),
        .testTarget(name: "HealthTests", dependencies: serverTestDependencies, swiftSettings: swiftSettings),
        .testTarget(
            name: "RecruitmentTests", dependencies: serverTestDependencies, resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings),
        .testTarget(name: "HRTests", dependencies: serverTestDependencies, swiftSettings: swiftSettings),
        .testTarget(
            name: "ChanceryAppTests", dependencies: serverTestDependencies, exclude: ["Fixtures"],
            swiftSettings: swiftSettings),
    ]
)
