import ChanceryKit
import ChancerySpine

/// Demo data of referrals, POD requests and releases: a referral sent and awaiting its reply, a line manager's
/// fitness-for-work request with its answer, and a release to an insurer (with the consent it rests on) that has
/// been approved and released, so that the patient's accounting of disclosures has a row.
package enum DemoHealthReleases {
    package static let insurer = "Cigna International Health"

    /// Loads the set into an installation whose demo accounts (and, when present, demo patients) exist.
    package static func load(into chancery: Chancery, _ principals: [String: Principal]) async throws {
        guard let clerk = principals["medclerk"], let clinician = principals["clinician"],
            let advisor = principals["advisor"], let lineManager = principals["linemanager"]
        else { return }
        let patient = try await demoPatient(chancery, clerk)
        let pid = patient.object.id
        let store = chancery.healthReleases
        let today = HealthReleaseStore.today
        let year = Int(today.prefix(4)) ?? 2026

        let referral = try await store.createReferral(
            for: pid,
            .init(
                provider: "Dr Anna Weber, CHU Ambroise Paré",
                providerAddress: "Boulevard Kennedy 2, 7000 Mons",
                specialty: "Cardiology",
                reason: "Palpitations on exertion for three weeks; resting ECG normal. Holter please.",
                urgency: .urgent, referringClinician: clinician.id, replyDue: "\(year + 1)-01-15"),
            by: clinician)
        _ = try await store.advanceReferral(referral.object.id, .sent(date: today), by: clerk)

        let request = try await store.createPODRequest(
            staffNumber: patient.details.staffNumber ?? "S-DEMO-001",
            question: "Can she resume the night shift rota at the Joint Operations Centre next month?",
            purpose: "Return to work planning", by: lineManager)
        _ = try await store.answerPODRequest(
            request.object.id,
            .init(
                fitness: "fit-with-restrictions", restrictions: ["no-night-work", "no-shift-work"], from: today,
                until: "\(year + 1)-03-31", reviewDate: "\(year + 1)-03-15"),
            by: clerk)

        _ = try await chancery.health.addEntry(
            to: pid,
            RecordEntry.Content(
                type: .consent, summary: "Consent to release laboratory results to \(insurer)", date: today,
                clinicianID: nil, text: "Signed form scanned on file.", codes: [], observations: [], correspondent: nil,
                direction: nil,
                consent: .init(
                    recipient: insurer, scope: "Laboratory results of the current year", purpose: "Reimbursement claim",
                    validFrom: today, validUntil: "\(year + 1)-12-31")),
            label: nil, by: clerk)
        let release = try await store.requestRelease(
            of: pid,
            .init(
                recipient: insurer, purpose: "Reimbursement claim", entryTypes: [.labResult, .consent], from: nil,
                until: nil),
            by: clerk)
        _ = try await store.approveRelease(release.object.id, by: advisor)
        _ = try await store.performRelease(release.object.id, by: clerk)
    }

    /// The lead's demo patient DUPONT, Jeanne, or one created here when the patients' demo set is not loaded.
    package static func demoPatient(_ chancery: Chancery, _ clerk: Principal) async throws -> Patient {
        let found = try await chancery.health.patients(matching: "Dupont", after: nil, limit: 5, by: clerk).items
        if let patient = found.first(where: { $0.details.givenNames.hasPrefix("Jeanne") }) ?? found.first {
            return patient
        }
        return try await chancery.health.createPatient(
            Patient.Details(
                familyName: "Dupont", givenNames: "Jeanne", dateOfBirth: "1979-06-14", sex: "female",
                staffNumber: "S-DEMO-001", staffUserID: nil, staffUnit: "J2", nationality: "FRA", phone: nil,
                email: nil,
                address: nil, emergencyName: nil, emergencyPhone: nil, insurer: insurer, insurerNumber: "CG-55120",
                restricted: false),
            label: nil, careTeam: [], by: clerk)
    }
}
