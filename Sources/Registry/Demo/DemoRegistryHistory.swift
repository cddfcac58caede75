import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// Years of a registry's work, generated with a fixed seed: items registered since 2019 in every series, then
/// verified, distributed (with receipts acknowledged), filed, closed and destroyed on their own days.
///
/// Every step goes through the registry's store methods, so each item has its label, its audit events and its
/// search entry exactly as if a clerk had done the work; each step is stamped with its day
/// (`Clock.stampedTime`), and the steps are played in time order, a batch of them per transaction.
package enum DemoRegistryHistory {
    /// Steps per transaction.
    package static let batchSize = 400

    package static func load(into chancery: Chancery, _ principals: [String: Principal], items: Int) async throws {
        guard items > 0, let supervisor = principals["supervisor"], let clerk = principals["registry"] else { return }
        let office = try await DemoRegistryOffice.create(chancery, principals, supervisor: supervisor, clerk: clerk)
        let now = Clock.nowMilliseconds()
        var random = SeededGenerator(seed: 20_190_102)
        var steps: [Step] = []
        for index in 0..<items {
            steps += plan(index, of: items, office, now: now, &random)
        }
        steps.sort { ($0.time, $0.item, $0.order) < ($1.time, $1.item, $1.order) }
        let people = Dictionary(principals.values.map { ($0.id, $0) }) { first, _ in first }
        var state = Progress()
        for start in stride(from: 0, to: steps.count, by: batchSize) {
            let batch = Array(steps[start..<min(start + batchSize, steps.count)])
            let before = state
            state = try await chancery.database.transaction { db in
                var progress = before
                for step in batch {
                    try await Clock.$stampedTime.withValue(step.time) {
                        try await play(step, chancery.records, people, supervisor: supervisor, &progress, on: db)
                    }
                }
                return progress
            }
        }
    }

    /// What one step does to its item.
    package enum Action: Sendable {
        case register(RecordStore.Draft)
        case verify
        case distribute(listID: String)
        case acknowledge
        case file(folderID: String)
        case close
        case destroy
    }

    /// One step of one item's life, at its time.
    package struct Step: Sendable {
        var time: Int64
        var item: Int
        var order: Int
        var by: Principal
        var action: Action
    }

    /// The items registered so far and the copies waiting for a receipt.
    struct Progress: Sendable {
        var ids: [Int: String] = [:]
        var copies: [Int: [DistributionReport.Copy]] = [:]
    }

    static func play(
        _ step: Step, _ records: RecordStore, _ people: [String: Principal], supervisor: Principal,
        _ progress: inout Progress, on db: any SQLDatabase
    ) async throws {
        if case .register(let draft) = step.action {
            progress.ids[step.item] = try await records.register(draft, by: step.by, on: db).object.id
            return
        }
        guard let id = progress.ids[step.item] else { return }
        switch step.action {
        case .register: break
        case .verify: _ = try await records.verify(id, by: step.by, on: db).get()
        case .distribute(let listID):
            let report = try await records.distribute(id, to: listID, by: step.by, on: db).get()
            progress.copies[step.item] = report.granted.filter { $0.receiptRequired && $0.member.kind == .user }
        case .acknowledge:
            for copy in progress.copies[step.item] ?? [] {
                guard let recipient = people[copy.member.id] else { continue }
                _ = try await records.acknowledge(copy.id, by: recipient, on: db).get()
            }
        case .file(let folderID): _ = try await records.file(id, in: folderID, by: step.by, on: db).get()
        case .close: _ = try await records.close(id, by: step.by, on: db).get()
        case .destroy:
            _ = try await records.dispose(
                id, action: .destroy, witness: "Rémi Registre", method: "Cross-cut shredding", by: supervisor, on: db
            ).get()
        }
    }

    static let day: Int64 = 86_400_000
    static let hour: Int64 = 3_600_000
    /// The first day of the history: 2 January 2019, 09:00 in Brussels.
    static let firstDay: Int64 = 1_546_416_000_000

    /// The steps of item `index`: registered at a working hour (more items in later years, as a registry grows),
    /// then taken as far through its life cycle as its age allows; recent items wait in the desk's queues. The last
    /// hundredth (at least four) arrived today and wait whatever the day: incoming messages to verify, and
    /// memoranda to distribute.
    static func plan(
        _ index: Int, of count: Int, _ office: DemoRegistryOffice, now: Int64, _ random: inout SeededGenerator
    ) -> [Step] {
        let waiting = index - (count - max(4, count / 100))
        let span = Double(now - hour - firstDay)
        var time = workingHour(firstDay + Int64(span * Double.random(in: 0..<1, using: &random).squareRoot()))
        if time >= now || waiting >= 0 { time = now - Int64(max(waiting, 0) + 1) * hour }
        let (item, area) = draft(office, at: time, incoming: waiting >= 0 ? waiting % 2 == 0 : nil, &random)
        // The clerk registers what they may hold and what stays open to the registry; the supervisor the rest.
        let registrar =
            labelRefusal(office.clerk, item.label) == nil && item.openToUnit ? office.clerk : office.supervisor
        var steps = [Step(time: time, item: index, order: 0, by: registrar, action: .register(item))]
        guard waiting < 0 else { return steps }
        func next(_ action: Action, after delay: Int64) -> Bool {
            let at = (steps.last?.time ?? time) + delay
            guard at < now else { return false }
            steps.append(Step(time: at, item: index, order: steps.count, by: registrar, action: action))
            return true
        }
        let age = now - time
        let recent = age < 21 * day
        if office.verified.contains(item.series) {
            guard !(recent && Double.random(in: 0..<1, using: &random) < 0.5),
                next(.verify, after: Int64.random(in: 1...20, using: &random) * hour)
            else { return steps }
        }
        if recent && Double.random(in: 0..<1, using: &random) < 0.4 { return steps }
        if Double.random(in: 0..<1, using: &random) < 0.75, let list = office.lists[area]?.randomElement(using: &random)
        {
            guard next(.distribute(listID: list), after: Int64.random(in: 2...48, using: &random) * hour) else {
                return steps
            }
            if Double.random(in: 0..<1, using: &random) < 0.9 {
                _ = next(.acknowledge, after: Int64.random(in: 1...6, using: &random) * day)
            }
        }
        guard !recent, let folder = office.folders[area]?.randomElement(using: &random),
            next(.file(folderID: folder.id), after: Int64.random(in: 1...10, using: &random) * day),
            age > 120 * day, Double.random(in: 0..<1, using: &random) < 0.75,
            next(.close, after: Int64.random(in: 30...400, using: &random) * day),
            folder.disposition == .destroy, let years = folder.retentionYears,
            Double.random(in: 0..<1, using: &random) < 0.85
        else { return steps }
        _ = next(.destroy, after: Int64(years) * 366 * day + Int64.random(in: 3...60, using: &random) * day)
        return steps
    }

    /// The same instant moved onto a working day (Monday to Friday) between 08:00 and 18:00 in Brussels.
    static func workingHour(_ instant: Int64) -> Int64 {
        var midnight = instant - instant % day
        // Foundation's weekday: 1 is Sunday, 7 Saturday.
        while [1, 7].contains(
            HeadquartersCalendar.calendar.component(
                .weekday, from: Date(timeIntervalSince1970: Double(midnight + 12 * hour) / 1000)))
        {
            midnight += day
        }
        // 07:00–16:59 UTC is 08:00–18:59 in Brussels, summer or winter.
        return midnight + 7 * hour + (instant % (10 * hour))
    }

    /// A draft as a clerk would register it: series, title in its language, label, originator.
    /// `incoming`: an incoming message (true), an item of its area's own series (false), or either (nil).
    static func draft(
        _ office: DemoRegistryOffice, at time: Int64, incoming: Bool? = nil, _ random: inout SeededGenerator
    ) -> (RecordStore.Draft, DemoRegistrySubjects.Area) {
        let subject = DemoRegistrySubjects.subjects.randomElement(using: &random)!
        let kind = DemoRegistrySubjects.kinds.randomElement(using: &random)!
        let language = Double.random(in: 0..<1, using: &random) < 0.35 ? "fr" : "en"
        let update = Double.random(in: 0..<1, using: &random) < 0.2 ? Int.random(in: 1...4, using: &random) : nil
        let roll = incoming.map { $0 ? 0 : 1 } ?? Double.random(in: 0..<1, using: &random)
        let series: String
        let direction: RegistryRecord.Direction
        if roll < 0.3 {
            (series, direction) = ("MSG", .incoming)
        } else if roll < 0.38 {
            (series, direction) = ("PO", Bool.random(using: &random) ? .incoming : .outgoing)
        } else {
            series = office.seriesOfArea[subject.area] ?? "IMSM"
            direction = Double.random(in: 0..<1, using: &random) < 0.8 ? .internal : .outgoing
        }
        let label = label(subject.area, &random)
        let day = HeadquartersCalendar.day(time)
        let origin = DemoRegistrySubjects.originators.randomElement(using: &random)!
        let incoming = direction == .incoming
        let draft = RecordStore.Draft(
            title: DemoRegistrySubjects.title(kind, subject, language: language, update: update), label: label,
            series: series, direction: direction,
            details: .init(
                recordType: series == "MSG" ? "message" : kind.recordType,
                originator: incoming ? origin.name : "Chief of Staff",
                originatorReference: incoming
                    ? "\(origin.prefix)/\(day.prefix(4))/\(String(format: "%04d", Int.random(in: 1...2_999, using: &random)))"
                    : nil,
                addressees: DemoRegistrySubjects.addressees.randomElement(using: &random)!,
                documentDate: HeadquartersCalendar.day(time - Int64.random(in: 0...5, using: &random) * Self.day),
                receivedDate: day, language: language, contentMarking: label.classification, keywords: [],
                metadata: [:]),
            owningUnit: "IPS", openToUnit: Double.random(in: 0..<1, using: &random) < 0.93, originatorLabel: nil)
        return (draft, subject.area)
    }

    /// Most items are NATO UNCLASSIFIED or RESTRICTED; some are only releasable to a few nations (Germany among
    /// them, so the supervisor may register them); half the legal ones carry the LEGAL category.
    static func label(_ area: DemoRegistrySubjects.Area, _ random: inout SeededGenerator) -> SecurityLabel {
        let roll = Double.random(in: 0..<1, using: &random)
        let classification: Classification =
            roll < 0.28
            ? .natoUnclassified
            : roll < 0.62
                ? .natoRestricted
                : roll < 0.82
                    ? .natoConfidential
                    : roll < 0.97 ? .natoSecret : .cosmicTopSecret
        var label = SecurityLabel(classification: classification)
        if classification > .natoUnclassified, Double.random(in: 0..<1, using: &random) < 0.2 {
            let others = ["BEL", "FRA", "GBR", "ITA", "NLD", "NOR", "POL", "USA", "CAN", "ESP"]
            label.releasability = .listed(Set(["DEU"]).union(random.subset(of: others, probability: 0.35)))
        }
        if area == .legal, classification > .natoUnclassified, Bool.random(using: &random) {
            label.categories = ["LEGAL"]
        }
        return label
    }
}
