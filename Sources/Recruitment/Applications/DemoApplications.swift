import ChanceryKit
import ChancerySpine
import Foundation
import NIOCore

/// The demo's candidates: applications to the two published vacancies, as candidates from several member states
/// would send them, with their languages, education, experience and (for some) a CV; one internal candidate, and one
/// person who applied twice under two spellings of her name, for the assistant to merge.
enum DemoApplications {
    struct Candidate {
        var family: String
        var given: String
        var email: String
        var birth: String
        var nationality: String
        var staffNumber: String? = nil
        var languages: [(String, String)]
        var education: [(Int, String, String, Int)]
        var experience: [(String, String?, String, String, String)]
        var cv: Bool = false
    }

    static let byVacancy: [String: [Candidate]] = [
        "260301": [
            Candidate(
                family: "Janssens", given: "Sofie", email: "sofie.janssens@example.be", birth: "1986-05-14",
                nationality: "BEL", staffNumber: "IS-40211", languages: [("en", "5"), ("fr", "4"), ("nl", "5")],
                education: [(7, "Master in Human Resources Management", "KU Leuven", 2010)],
                experience: [
                    (
                        "2016-03", nil, "NATO International Staff", "Recruitment Assistant",
                        "Full-cycle recruitment, panels."
                    ),
                    ("2011-01", "2016-02", "Randstad Belgium", "HR Consultant", "Screening and interviews."),
                ], cv: true),
            Candidate(
                family: "Kowalska", given: "Agnieszka", email: "a.kowalska@example.pl", birth: "1990-11-02",
                nationality: "POL", languages: [("en", "4"), ("fr", "3"), ("pl", "5")],
                education: [(6, "Bachelor of Arts in Administration", "University of Warsaw", 2012)],
                experience: [("2013-09", nil, "Ministry of National Defence", "HR Officer", "Civilian staffing.")],
                cv: true),
            Candidate(
                family: "O'Connor", given: "Liam", email: "liam.oconnor@example.ca", birth: "1984-07-21",
                nationality: "CAN", languages: [("en", "5"), ("fr", "3")],
                education: [(7, "MA Public Administration", "Carleton University", 2009)],
                experience: [("2010-05", "2023-12", "Department of National Defence", "HR Advisor", "Staffing.")]),
            Candidate(
                family: "Esposito", given: "Francesca", email: "francesca.esposito@example.it", birth: "1992-02-09",
                nationality: "ITA", languages: [("en", "4"), ("fr", "2"), ("it", "5")],
                education: [(6, "Laurea in Scienze Politiche", "Sapienza Università di Roma", 2015)],
                experience: [("2016-01", nil, "NATO Defense College", "Administrative Assistant", "Course admissions.")]
            ),
            Candidate(
                family: "Van der Berg", given: "Marieke", email: "marieke.vdberg@example.nl", birth: "1988-09-30",
                nationality: "NLD", languages: [("en", "5"), ("fr", "3"), ("nl", "5")],
                education: [(7, "MSc Organisational Psychology", "Universiteit van Amsterdam", 2012)],
                experience: [("2013-02", nil, "JFC Brunssum", "HR Assistant", "Recruitment files.")], cv: true),
            Candidate(
                family: "Vanderberg", given: "Marieke A.", email: "m.vanderberg@example.nl", birth: "1988-09-30",
                nationality: "NLD", languages: [("en", "5"), ("nl", "5")],
                education: [(7, "MSc Organisational Psychology", "University of Amsterdam", 2012)],
                experience: [("2013-02", nil, "JFC Brunssum", "HR Assistant", "Recruitment.")]),
        ],
        "260302": [
            Candidate(
                family: "Dubois", given: "Camille", email: "camille.dubois@example.fr", birth: "1991-04-03",
                nationality: "FRA", languages: [("fr", "5"), ("en", "4")],
                education: [(6, "Licence d’administration publique", "Université Paris 1 Panthéon-Sorbonne", 2013)],
                experience: [
                    (
                        "2014-09", nil, "Ministère des Armées", "Assistante administrative",
                        "Courrier, agendas, dossiers."
                    )
                ], cv: true),
            Candidate(
                family: "Lefèvre", given: "Thomas", email: "thomas.lefevre@example.be", birth: "1987-12-19",
                nationality: "BEL", languages: [("fr", "5"), ("en", "3"), ("nl", "3")],
                education: [(5, "Graduat en secrétariat de direction", "Haute École de la Province de Liège", 2008)],
                experience: [("2009-01", nil, "SHAPE", "Assistant administratif", "Gestion des missions.")]),
            Candidate(
                family: "Ferreira", given: "Ana Sofia", email: "ana.ferreira@example.pt", birth: "1993-06-25",
                nationality: "PRT", languages: [("pt", "5"), ("fr", "4"), ("en", "4")],
                education: [(7, "Mestrado em Relações Internacionais", "Universidade de Lisboa", 2017)],
                experience: [("2018-03", nil, "Embaixada de Portugal em Bruxelas", "Assistente", "Protocolo.")]),
        ],
    ]

    /// A small PDF whose text the search index reads.
    static func pdf(_ text: String) -> String {
        let line = text.replacingOccurrences(of: "(", with: "").replacingOccurrences(of: ")", with: "")
        return """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
            3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
            4 0 obj << /Length \(line.utf8.count + 30) >> stream
            BT /F1 12 Tf 72 712 Td (\(line)) Tj ET
            endstream endobj
            5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
            trailer << /Root 1 0 R >>
            %%EOF

            """
    }

    static func load(into chancery: Chancery) async throws {
        let published = try await chancery.recruitment.publishedVacancies(after: nil, limit: 50).items
        let today = HeadquartersCalendar.day(Clock.nowMilliseconds())
        var hour: Int64 = 0
        for vacancy in published {
            guard let number = vacancy.vacancyNumber, let candidates = byVacancy[number] else { continue }
            for candidate in candidates {
                let request = ApplicationRequest(
                    familyName: candidate.family, givenNames: candidate.given, email: candidate.email,
                    dateOfBirth: candidate.birth, nationality: candidate.nationality,
                    languages: candidate.languages.map { .init(language: $0.0, level: $0.1) },
                    internal: candidate.staffNumber != nil, staffNumber: candidate.staffNumber,
                    education: candidate.education.map {
                        .init(iscedLevel: $0.0, title: $0.1, institution: $0.2, year: $0.3)
                    },
                    experience: candidate.experience.map {
                        .init(from: $0.0, to: $0.1, employer: $0.2, post: $0.3, duties: $0.4)
                    })
                let form = try ApplicationForm(request, today: today).withDemoProfile()
                var documents: [StagedDocument] = []
                if candidate.cv {
                    let text = "Curriculum vitae \(candidate.given) \(candidate.family) \(candidate.experience[0].3)"
                    let bytes = ByteBuffer(string: pdf(text))
                    let chunks = AsyncStream<ByteBuffer> {
                        $0.yield(bytes)
                        $0.finish()
                    }
                    let file = try await chancery.attachments.stage(
                        chunks, name: "cv.pdf", contentType: FileType.pdf.rawValue,
                        limit: ApplicationDocument.limit)
                    documents.append(StagedDocument(kind: .cv, file: file))
                }
                hour += 1
                // received over the last days, oldest first
                _ = try await chancery.applications.apply(
                    to: vacancy.id, form, address: "192.0.2.\(hour)", documents: documents,
                    at: Clock.nowMilliseconds() - (100 - hour) * 3_600_000)
            }
        }
    }
}
