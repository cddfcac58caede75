import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// A working Health Office, generated with a fixed seed on top of the hand-written demo: patients of many nations
/// opened over the past years, their consultations and lab results, a clinic's appointments over the past four
/// weeks and the coming two (the browser tests book from the third week on), referrals and releases at every step, and supplies issued.
///
/// Like the registry's history (`DemoRegistryHistory`), every step goes through the office's store methods on its
/// own day (`Clock.stampedTime`), in time order, a batch of steps per transaction.
package enum DemoHealthPractice {
    package static let batchSize = 300

    package static func load(into chancery: Chancery, _ principals: [String: Principal], patients: Int) async throws {
        guard patients > 0, let clerk = principals["medclerk"], let clinician = principals["clinician"],
            let clinician2 = principals["clinician2"], let advisor = principals["advisor"]
        else { return }
        let staff = Staff(clerk: clerk, clinicians: [clinician, clinician2, advisor], advisor: advisor)
        let now = Clock.nowMilliseconds()
        var random = SeededGenerator(seed: 20_261_206)
        var plan = Plan(staff: staff, now: now)
        plan.patients(patients, &random)
        plan.clinic(&random)
        plan.referralsAndReleases(&random)
        try await plan.supplies(chancery, &random)
        let steps = plan.steps.sorted { ($0.time, $0.order) < ($1.time, $1.order) }
        var progress = Progress()
        for start in stride(from: 0, to: steps.count, by: batchSize) {
            let batch = Array(steps[start..<min(start + batchSize, steps.count)])
            let before = progress
            progress = try await chancery.database.transaction { db in
                var progress = before
                for step in batch {
                    try await Clock.$stampedTime.withValue(step.time) {
                        try await play(step, chancery, &progress, on: db)
                    }
                }
                return progress
            }
        }
    }

    struct Staff: Sendable {
        var clerk: Principal
        var clinicians: [Principal]
        var advisor: Principal
    }

    /// What one step does; numbers name the patients, appointments, referrals and releases of the plan.
    enum Action: Sendable {
        case patient(Int, Patient.Details, careTeam: [String])
        case entry(patient: Int, RecordEntry.Content)
        case book(Int, patient: Int, clinicianID: String, type: String, start: Int64)
        case close(appointment: Int, Appointment.Status)
        case refer(Int, patient: Int, Referral.Draft)
        case advance(referral: Int, HealthReleaseStore.ReferralStep)
        case requestRelease(Int, patient: Int, ReleaseOfInformation.Request)
        case approve(release: Int)
        case release(Int)
        case issue(itemID: String, lot: String, quantity: Int)
    }

    struct Step: Sendable {
        var time: Int64
        var order: Int
        var by: Principal
        var action: Action
    }

    /// The ids of what the steps have made so far.
    struct Progress: Sendable {
        var patients: [Int: String] = [:]
        var appointments: [Int: String] = [:]
        var referrals: [Int: String] = [:]
        var releases: [Int: String] = [:]
    }

    static func play(_ step: Step, _ chancery: Chancery, _ progress: inout Progress, on db: any SQLDatabase)
        async throws
    {
        let releases = chancery.healthReleases
        switch step.action {
        case .patient(let index, let details, let team):
            progress.patients[index] = try await chancery.health.createPatient(
                details, label: nil, careTeam: team, by: step.by, on: db
            ).object.id
        case .entry(let patient, let content):
            guard let id = progress.patients[patient] else { return }
            _ = try await chancery.health.addEntry(to: id, content, label: nil, by: step.by, on: db).get()
        case .book(let index, let patient, let clinicianID, let type, let start):
            guard let id = progress.patients[patient] else { return }
            progress.appointments[index] = try await chancery.appointments.book(
                .init(
                    patientID: id, clinicianID: clinicianID, typeCode: type, start: start, end: nil, note: nil,
                    location: nil, waitlistEntry: nil),
                by: step.by, on: db
            ).get().object.id
        case .close(let appointment, let status):
            guard let id = progress.appointments[appointment] else { return }
            _ = try await chancery.appointments.close(
                id, as: status, reason: status == .cancelled ? "Patient asked to move it" : nil, by: step.by, on: db
            ).get()
        case .refer(let index, let patient, let draft):
            guard let id = progress.patients[patient] else { return }
            progress.referrals[index] = try await releases.createReferral(for: id, draft, by: step.by, on: db)
                .get().object.id
        case .advance(let referral, let referralStep):
            guard let id = progress.referrals[referral] else { return }
            _ = try await releases.advanceReferral(id, referralStep, by: step.by, on: db).get()
        case .requestRelease(let index, let patient, let request):
            guard let id = progress.patients[patient] else { return }
            progress.releases[index] = try await releases.requestRelease(of: id, request, by: step.by, on: db)
                .get().object.id
        case .approve(let release):
            guard let id = progress.releases[release] else { return }
            _ = try await releases.approveRelease(id, by: step.by, on: db).get()
        case .release(let release):
            guard let id = progress.releases[release] else { return }
            _ = try await releases.performRelease(id, by: step.by, on: db).get()
        case .issue(let itemID, let lot, let quantity):
            _ = try await chancery.healthSupplies.recordMovement(
                of: itemID, lot: lot, kind: .issue, quantity: quantity, note: nil, by: step.by, on: db
            ).get()
        }
    }
}
