import ChanceryKit
import ChancerySpine
import Foundation

extension DemoHealthPractice {
    static let minute: Int64 = 60_000
    static let hour: Int64 = 3_600_000
    static let day: Int64 = 86_400_000

    /// The steps of the generated practice, each at its time, by whom it would have been done.
    struct Plan {
        let staff: Staff
        let now: Int64
        var steps: [Step] = []
        /// The patients the clerk may write (every one but the restricted records), by number.
        var open: [Int] = []
        var openedAt: [Int: Int64] = [:]
        var insurers: [Int: String] = [:]
        var appointments = 0

        mutating func add(_ time: Int64, _ by: Principal, _ action: Action) {
            steps.append(Step(time: time, order: steps.count, by: by, action: action))
        }

        /// A time between `earliest` and `latest` (both before now), in the morning or afternoon in Brussels.
        func time(from earliest: Int64, to latest: Int64, _ random: inout SeededGenerator) -> Int64 {
            let upper = min(latest, now - hour)
            guard upper > earliest else { return earliest }
            let instant = Int64.random(in: earliest...upper, using: &random)
            let moved = instant - instant % day + 7 * hour + Int64.random(in: 0..<(9 * hour), using: &random)
            return min(max(moved, earliest), upper)
        }

        /// Patients opened over the past two and a half years, one in forty a restricted record kept by its
        /// clinician, each with up to three consultations or lab results.
        mutating func patients(_ count: Int, _ random: inout SeededGenerator) {
            let people = DemoHealthPeople.self
            for index in 0..<count {
                let nation = people.nations.randomElement(using: &random)!
                let woman = Bool.random(using: &random)
                let given = (woman ? nation.women : nation.men).randomElement(using: &random)!
                let family = nation.families.randomElement(using: &random)!
                let born = String(
                    format: "%04d-%02d-%02d", Int.random(in: 1965...2001, using: &random),
                    Int.random(in: 1...12, using: &random), Int.random(in: 1...28, using: &random))
                let insurer =
                    Double.random(in: 0..<1, using: &random) < 0.7
                    ? people.insurers.randomElement(using: &random) : nil
                let restricted = index % 40 == 39
                var details = DemoHealth.details(
                    family, given, born, woman ? "female" : "male", "S-\(60_000 + index)",
                    people.units.randomElement(using: &random)!, nation.code, insurer: insurer, restricted: restricted)
                details.email = Self.email(given, family)
                let opened = time(from: now - 900 * day, to: now - 45 * day, &random)
                let keeper = restricted ? staff.clinicians[0] : staff.clerk
                add(opened, keeper, .patient(index, details, careTeam: restricted ? [staff.clinicians[0].id] : []))
                for _ in 0..<Int.random(in: 0...3, using: &random) {
                    let at = time(from: opened + hour, to: now - day, &random)
                    if restricted || Bool.random(using: &random) {
                        let author = restricted ? staff.clinicians[0] : staff.clinicians.randomElement(using: &random)!
                        add(at, author, .entry(patient: index, Self.consultation(at, author, &random)))
                    } else {
                        add(at, staff.clerk, .entry(patient: index, Self.labResult(at, &random)))
                    }
                }
                if !restricted { open.append(index) }
                openedAt[index] = opened
                insurers[index] = insurer
            }
        }

        /// Half the slots of each clinician booked on every working day from four weeks ago to two weeks ahead
        /// (the hand-written demo's day aside); past appointments completed, missed or cancelled.
        mutating func clinic(_ random: inout SeededGenerator) {
            guard !open.isEmpty else { return }
            let today = HeadquartersCalendar.day(now)
            var handWritten = today
            while let noon = BrusselsTime.instant(date: handWritten, time: "12:00"),
                BrusselsTime.local(noon).weekday > 5
            {
                handWritten = BrusselsTime.adding(days: 1, to: handWritten) ?? handWritten
            }
            let slots = ["08", "09", "10", "11", "13", "14", "15", "16"].flatMap { ["\($0):00", "\($0):30"] }
            let types = ["consult", "consult", "consult", "periodic", "vaccination", "blood-test", "ecg", "follow-up"]
            var busy: Set<String> = []
            for offset in -28...13 {
                guard let date = BrusselsTime.adding(days: offset, to: today), date != handWritten,
                    let noon = BrusselsTime.instant(date: date, time: "12:00"), BrusselsTime.local(noon).weekday <= 5
                else { continue }
                for clinician in staff.clinicians {
                    for slot in slots where Double.random(in: 0..<1, using: &random) < 0.5 {
                        guard let start = BrusselsTime.instant(date: date, time: slot) else { continue }
                        let patient = open.randomElement(using: &random)!
                        guard busy.insert("\(patient)@\(start)").inserted else { continue }
                        let number = appointments
                        appointments += 1
                        let booked = min(now - 10 * minute, start - Int64.random(in: 1...14, using: &random) * day)
                        add(
                            booked, staff.clerk,
                            .book(
                                number, patient: patient, clinicianID: clinician.id,
                                type: types.randomElement(using: &random)!, start: start))
                        guard start + 30 * minute < now else { continue }
                        let roll = Double.random(in: 0..<1, using: &random)
                        let status: Appointment.Status = roll < 0.85 ? .completed : roll < 0.93 ? .noshow : .cancelled
                        let closed = status == .cancelled ? max(booked + hour, start - day) : start + 35 * minute
                        add(closed, staff.clerk, .close(appointment: number, status))
                    }
                }
            }
        }

        /// Referrals sent, answered and closed, and releases to insurers resting on a consent, at every step.
        mutating func referralsAndReleases(_ random: inout SeededGenerator) {
            guard !open.isEmpty else { return }
            let people = DemoHealthPeople.self
            for number in 0..<max(4, open.count / 8) {
                let patient = open.randomElement(using: &random)!
                let clinician = staff.clinicians[Int.random(in: 0...1, using: &random)]
                let created = time(
                    from: (openedAt[patient] ?? now) + day, to: now - Int64.random(in: 2...120, using: &random) * day,
                    &random)
                let provider = people.providers.randomElement(using: &random)!
                add(
                    created, clinician,
                    .refer(
                        number, patient: patient,
                        .init(
                            provider: provider.0, providerAddress: provider.1,
                            specialty: HealthTerms.specialties[3...].randomElement(using: &random)!.en,
                            reason: people.referralReasons.randomElement(using: &random)!,
                            urgency: Double.random(in: 0..<1, using: &random) < 0.8 ? .routine : .urgent,
                            referringClinician: clinician.id, replyDue: HeadquartersCalendar.day(created + 30 * day))))
                // By number: a draft, one sent and waiting for its reply (overdue after 30 days), one answered, two
                // closed.
                let stage = number % 5
                let sent = created + day
                guard stage > 0, sent < now else { continue }
                add(sent, staff.clerk, .advance(referral: number, .sent(date: HeadquartersCalendar.day(sent))))
                let replied = sent + Int64.random(in: 7...30, using: &random) * day
                guard stage > 1, replied < now else { continue }
                add(
                    replied, staff.clerk,
                    .advance(
                        referral: number,
                        .reply(
                            date: HeadquartersCalendar.day(replied),
                            summary: "Seen in clinic; report enclosed. Follow-up as advised.")))
                let closed = replied + 3 * day
                guard stage > 2, closed < now else { continue }
                add(closed, clinician, .advance(referral: number, .closure))
            }
            let purposes = [HealthTerms.purposes[0], HealthTerms.purposes[3], HealthTerms.purposes[4]]
            for number in 0..<max(6, open.count / 15) {
                let patient = open.randomElement(using: &random)!
                let recipient = insurers[patient] ?? people.insurers.randomElement(using: &random)!
                let purpose = purposes.randomElement(using: &random)!.en
                let asked = time(
                    from: (openedAt[patient] ?? now) + day, to: now - Int64.random(in: 3...200, using: &random) * day,
                    &random)
                add(asked, staff.clerk, .entry(patient: patient, Self.consent(recipient, purpose, asked)))
                add(
                    asked + hour, staff.clerk,
                    .requestRelease(
                        number, patient: patient,
                        .init(
                            recipient: recipient, purpose: purpose, entryTypes: [.labResult, .consent], from: nil,
                            until: nil)))
                // By number: one in six waits for the advisor's approval, one in six for its release.
                guard number % 6 != 0, asked + day < now else { continue }
                add(asked + day, staff.advisor, .approve(release: number))
                guard number % 6 != 1, asked + 2 * day < now else { continue }
                add(asked + 2 * day, staff.clerk, .release(number))
            }
        }

        /// A few units of each stocked supply issued today (the stock itself was received today), never the last.
        mutating func supplies(_ chancery: Chancery, _ random: inout SeededGenerator) async throws {
            let store = chancery.healthSupplies
            for item in try await store.items(reorderOnly: false, after: nil, limit: 100, by: staff.clerk).items {
                guard
                    let lot = try await store.stock(of: item.object.id, by: staff.clerk)?.lots.first(where: {
                        $0.onHand > 1
                    })
                else { continue }
                for _ in 0..<min(lot.onHand - 1, Int.random(in: 1...4, using: &random)) {
                    add(
                        now - Int64.random(in: 1...360, using: &random) * minute, staff.clerk,
                        .issue(itemID: item.object.id, lot: lot.lot, quantity: 1))
                }
            }
        }

        static func email(_ given: String, _ family: String) -> String {
            func plain(_ text: String) -> String {
                text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                    .filter { $0.isASCII && ($0.isLetter || $0 == "-") }.lowercased()
            }
            return "\(plain(given)).\(plain(family))@hq.example.int"
        }

        static func consultation(_ at: Int64, _ clinician: Principal, _ random: inout SeededGenerator)
            -> RecordEntry.Content
        {
            let (summary, text) = DemoHealthPeople.consultations.randomElement(using: &random)!
            return DemoHealth.content(
                .physicianNote, summary, HeadquartersCalendar.day(at), clinician: clinician.id, text: text)
        }

        static func labResult(_ at: Int64, _ random: inout SeededGenerator) -> RecordEntry.Content {
            let (summary, tests) = DemoHealthPeople.panels.randomElement(using: &random)!
            return DemoHealth.labResult(
                summary, HeadquartersCalendar.day(at),
                tests.map { code, display, unit, low, high in
                    let spread = high - low
                    let value = Double.random(in: (low - spread * 0.1)...(high + spread * 0.15), using: &random)
                    return DemoHealth.observation(
                        code, display, max(0, (value * 10).rounded() / 10), unit, low, high)
                })
        }

        static func consent(_ recipient: String, _ purpose: String, _ at: Int64) -> RecordEntry.Content {
            var consent = DemoHealth.content(
                .consent, "Consent to release records to \(recipient)", HeadquartersCalendar.day(at),
                text: "Signed form scanned on file.")
            consent.consent = .init(
                recipient: recipient, scope: "Laboratory results and consultation notes", purpose: purpose,
                validFrom: HeadquartersCalendar.day(at), validUntil: HeadquartersCalendar.day(at + 365 * day))
            return consent
        }
    }
}
