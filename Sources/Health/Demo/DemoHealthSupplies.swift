import ChanceryKit
import ChancerySpine

/// Demo data for the Health Office's supplies and record QA audits: a dozen stocked items (two below their
/// reorder level, one lot expiring soon) and, when demo patients exist, an audit in progress.
package enum DemoHealthSupplies {
    package static func load(into chancery: Chancery, _ principals: [String: Principal]) async throws {
        guard let clerk = principals["medclerk"] else { return }
        try await loadSupplies(chancery, clerk)
        if let advisor = principals["advisor"] { try await loadAudit(chancery, advisor) }
    }

    package static func day(_ offset: Int) -> String {
        HeadquartersCalendar.day(Clock.nowMilliseconds() + Int64(offset) * 86_400_000)
    }

    /// (name, form, unit of issue, reorder level, reorder quantity, location, lots: (lot, days to expiry, received),
    /// issued from the first lot)
    package static let items: [(String, String, String, Int, Int, String, [(String, Int, Int)], Int)] = [
        ("Paracetamol 500 mg", "tablet", "box of 20", 10, 40, "Pharmacy cupboard A", [("PA-2611", 420, 40)], 12),
        ("Ibuprofen 400 mg", "tablet", "box of 30", 8, 30, "Pharmacy cupboard A", [("IB-2604", 300, 12)], 6),
        (
            "Amoxicillin 1 g", "tablet", "box of 16", 5, 20, "Pharmacy cupboard A",
            [("AM-2512", 25, 8), ("AM-2709", 500, 10)], 3
        ),
        ("Adrenaline 1 mg/ml", "ampoule", "ampoule", 4, 10, "Emergency bag", [("AD-2702", 380, 6)], 0),
        ("Salbutamol inhaler", "inhaler", "inhaler", 3, 6, "Emergency bag", [("SA-2705", 450, 5)], 1),
        ("Sterile gauze swabs", "dressing", "pack of 100", 5, 20, "Treatment room shelf 2", [("GZ-2803", 800, 25)], 4),
        ("Elastic bandage 8 cm", "dressing", "roll", 10, 30, "Treatment room shelf 2", [("EB-2901", 900, 30)], 8),
        ("Nitrile gloves M", "consumable", "box of 100", 6, 24, "Treatment room shelf 1", [("NG-2710", 600, 7)], 3),
        ("Sodium chloride 0.9% 500 ml", "infusion", "bag", 6, 24, "Store room", [("NS-2706", 420, 20)], 2),
        (
            "Tetanus-diphtheria vaccine", "syringe", "pre-filled syringe", 5, 10, "Vaccine fridge",
            [("TD-2703", 330, 12)], 4
        ),
        (
            "Influenza vaccine 2026/27", "syringe", "pre-filled syringe", 20, 60, "Vaccine fridge",
            [("FL-2706", 200, 80)], 35
        ),
        (
            "Blood glucose test strips", "test kit", "box of 50", 4, 10, "Treatment room shelf 1",
            [("BG-2708", 360, 9)], 2
        ),
    ]

    package static func loadSupplies(_ chancery: Chancery, _ clerk: Principal) async throws {
        let supplies = chancery.healthSupplies
        for (name, form, unit, level, quantity, location, lots, issued) in items {
            let item = try await supplies.createItem(
                .init(
                    name: name, form: form, unitOfIssue: unit, reorderLevel: level, reorderQuantity: quantity,
                    location: location),
                by: clerk)
            for (lot, days, received) in lots {
                _ = try await supplies.addLot(
                    to: item.object.id, lot: lot, expires: day(days), quantity: received, by: clerk)
            }
            if issued > 0, let first = lots.first {
                _ = try await supplies.recordMovement(
                    of: item.object.id, lot: first.0, kind: .issue, quantity: issued,
                    note: "Issued to the treatment room",
                    by: clerk)
            }
        }
    }

    /// An audit in progress over the demo patients, if the patients' demo data has created any.
    package static func loadAudit(_ chancery: Chancery, _ advisor: Principal) async throws {
        guard try await chancery.health.patientCount(matching: nil, by: advisor) > 0 else { return }
        let detail = try await chancery.health.startAudit(
            title: "Quarterly record audit (Q4)", size: 5, seed: 2026, by: advisor)
        guard let first = detail.items.first(where: { $0.patient != nil }), let automatic = first.automatic else {
            return
        }
        _ = try await chancery.health.answer(
            detail.audit.object.id, patient: first.patientID,
            QAAudit.Answer(
                checks: .init(
                    completeness: automatic.completeness, consent: automatic.consent, codes: automatic.codes,
                    signatures: automatic.signatures),
                finding: automatic.completeness ? nil : "Demographic details incomplete.",
                followUp: automatic.completeness ? nil : "Ask the patient for the missing details at the next visit",
                followUpDue: automatic.completeness ? nil : day(30),
                followUpStatus: automatic.completeness ? nil : "open"),
            by: advisor)
    }
}
