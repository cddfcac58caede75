import ChanceryKit
import ChancerySpine
import Foundation

/// The demo's written test: candidates apply to the published Senior Recruitment Assistant vacancy, four are
/// short-listed and invited to a session held last week, and the demo marker has marked two of their scripts.
enum DemoWrittenTests {
    static let candidates: [(family: String, given: String, nationality: String, birth: String)] = [
        ("Dupuis", "Élise", "BEL", "1988-03-14"), ("Kowalski", "Marta", "POL", "1991-07-02"),
        ("Bianchi", "Chiara", "ITA", "1985-11-23"), ("Jansen", "Pieter", "NLD", "1990-01-30"),
        ("García López", "Lucía", "ESP", "1993-05-09"),
    ]

    static func load(into chancery: Chancery, _ accounts: [String: Principal]) async throws {
        guard let recruiter = accounts["recruiter"], let marker = accounts["marker"] else { return }
        let vacancies = try await chancery.recruitment.vacancies(
            state: .published, after: nil, limit: 50, by: recruiter
        ).items
        guard let vacancy = vacancies.first(where: { $0.vacancyNumber == "260301" }) else { return }
        let today = HeadquartersCalendar.day(Clock.nowMilliseconds())
        var applications: [String] = []
        for (index, candidate) in candidates.enumerated() {
            let email =
                ApplicationForm.fold(candidate.given + "." + candidate.family).replacingOccurrences(
                    of: " ", with: "-") + "@example.org"
            let request = ApplicationRequest(
                familyName: candidate.family, givenNames: candidate.given, email: email.lowercased(),
                dateOfBirth: candidate.birth, nationality: candidate.nationality,
                languages: [.init(language: "en", level: "V"), .init(language: "fr", level: "III")],
                internal: index == 2)
            let receipt = try await chancery.applications.apply(
                to: vacancy.object.id, try ApplicationForm(request, today: today).withDemoProfile(),
                address: "192.0.2.\(index + 10)")
            applications.append(receipt.id)
        }
        try await DemoScreening.shortList(
            Array(applications.prefix(4)), of: vacancy, chancery: chancery, by: recruiter)
        let store = chancery.writtenTests
        let lastWeek = Clock.nowMilliseconds() - 7 * 86_400_000
        let session = try await store.create(
            WrittenTestRequest(
                vacancyId: vacancy.object.id,
                startsAt: String(WrittenTestForm.brusselsText(lastWeek).prefix(11)) + "09:30",
                place: "NATO Headquarters, Brussels", room: "Room 2A-110", invigilators: ["recruiter"],
                markers: [marker.username],
                questions: [
                    .init(label: "Drafting a letter to a candidate", maximum: 30),
                    .init(label: "Spreadsheet: a competition's travel budget", maximum: 20),
                    .init(label: "Regulations: the civilian personnel regulations on recruitment", maximum: 10),
                ], passMark: 36), by: recruiter)
        _ = try await store.invite(Array(applications.prefix(4)), to: session.object.id, by: recruiter)
        _ = try await store.move(session.object.id, to: .held, by: recruiter)
        let scripts = try await store.scripts(toMark: true, after: nil, limit: 10, by: marker).items
            .sorted { $0.code < $1.code }
        for (script, marks) in zip(scripts, [[24, 15, 7], [17, 11, 5]]) {
            _ = try await store.mark(script.object.id, marks: marks, by: marker)
        }
    }
}
