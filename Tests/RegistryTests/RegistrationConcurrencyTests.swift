import ChanceryKit
import ChanceryTestSupport
import Foundation
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// References are gap-free and never reused, however many clerks register at once.
@Suite("Reference numbering under concurrency")
struct RegistrationConcurrencyTests {
    struct InjectedFault: Error {}

    @Test("1,000 concurrent registrations in one series get 1,000 distinct references with no gap")
    func thousandConcurrentRegistrations() async throws {
        try await withInstallation { installation in
            // setup
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)

            // exercise: 1,000 registrations in flight together, by two clerks
            let references = try await withThrowingTaskGroup(of: String.self) { group in
                for index in 0..<1000 {
                    group.addTask {
                        try await installation.register(
                            "Message \(index)", series: "IMSM", by: index.isMultiple(of: 2) ? clerk : supervisor
                        ).reference
                    }
                }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }

            // validate
            let year = HeadquartersCalendar.year(Clock.nowMilliseconds())
            let expected = (1...1000).map { String(format: "IMSM-%04d-%d", $0, year) }
            #expect(references.count == 1000)
            #expect(Set(references).count == 1000, "a reference was handed out twice")
            #expect(Set(references) == Set(expected), "the numbers are not exactly 1 to 1000")
            let stored = try await installation.chancery.database.read { db in
                try await db.raw("SELECT seq FROM records WHERE series = 'IMSM' ORDER BY seq").all()
                    .map { try $0.decode(column: "seq", as: Int64.self) }
            }
            #expect(stored == (1...1000).map(Int64.init))
            print("Concurrent registration on \(TestInstallation.engineName): 1000 references, no gap, no duplicate")
        }
    }

    @Test("a registration that fails after taking its number gives the number back: no hole, no object, no event")
    func failedRegistrationLeavesNoHole() async throws {
        try await withInstallation { installation in
            // setup
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            try await installation.series("MCM", template: "MCM-{seq:4}-{year}", by: supervisor)
            let first = try await installation.register("First", series: "MCM", by: supervisor)
            let objectsBefore = try await installation.objectCount()
            let eventsBefore = try await installation.auditEventCount()
            var failing = installation.chancery.records
            failing.afterNumbering = { _ in throw InjectedFault() }

            // exercise
            await #expect(throws: InjectedFault.self) {
                try await installation.register("Fails midway", series: "MCM", by: supervisor, store: failing)
            }
            let next = try await installation.register("Second", series: "MCM", by: supervisor)

            // validate
            let year = HeadquartersCalendar.year(Clock.nowMilliseconds())
            #expect(first.reference == "MCM-0001-\(year)")
            #expect(next.reference == "MCM-0002-\(year)", "the failed registration left a hole")
            #expect(try await installation.objectCount() == objectsBefore + 1)
            let eventsAfter = try await installation.auditEventCount()
            #expect(eventsAfter == eventsBefore + 1, "only the second registration is in the audit chain")
        }
    }

    @Test("numbers restart each year and each series counts on its own")
    func seriesAndYearsCountSeparately() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            try await installation.series("PO", template: "PO({year}){seq:4}", by: supervisor)
            let numbers = try await installation.chancery.database.transaction { db in
                let series = installation.chancery.referenceSeries
                return [
                    try await series.nextNumber(of: "IMSM", year: 2025, on: db),
                    try await series.nextNumber(of: "IMSM", year: 2026, on: db),
                    try await series.nextNumber(of: "IMSM", year: 2026, on: db),
                    try await series.nextNumber(of: "PO", year: 2026, on: db),
                ]
            }
            #expect(numbers == [1, 1, 2, 1])
        }
    }
}
