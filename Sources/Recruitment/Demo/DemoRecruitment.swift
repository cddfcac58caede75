import ChanceryKit
import ChancerySpine
import Foundation

/// The demo's vacancies: notices in English and in French, imported by the recruitment assistant as she would paste
/// them, then taken to each state (published, closed, filled, cancelled, one left a draft). Deadlines are set from
/// the day the demo is loaded, so that the published ones are still open.
enum DemoRecruitment {
    struct Notice {
        var number: String
        var title: String
        var grade: String
        var posts: Int
        var days: Int
        var clearance: String
        var place: String
        var french: Bool
        var state: Vacancy.State
    }

    static let notices: [Notice] = [
        Notice(
            number: "260301", title: "Senior Recruitment Assistant", grade: "B-5", posts: 1, days: 40,
            clearance: "NATO SECRET", place: "Brussels, Belgium", french: false, state: .published),
        Notice(
            number: "260302", title: "Assistant(e) administratif(-ve)", grade: "B-4/G-10", posts: 2, days: 30,
            clearance: "NATO SECRET", place: "Bruxelles (Belgique)", french: true, state: .published),
        Notice(
            number: "260303", title: "Training Analyst", grade: "A-2", posts: 1, days: 60, clearance: "NATO SECRET",
            place: "Norfolk, Virginia, USA", french: false, state: .draft),
        Notice(
            number: "260304", title: "Budget Assistant", grade: "B-4", posts: 1, days: 20,
            clearance: "NATO CONFIDENTIAL", place: "Mons, Belgium", french: false, state: .closed),
        Notice(
            number: "260305", title: "Traducteur/Traductrice", grade: "A-2", posts: 1, days: 25,
            clearance: "NATO SECRET", place: "Bruxelles (Belgique)", french: true, state: .filled),
        Notice(
            number: "260306", title: "Senior Software Engineer", grade: "A-3", posts: 1, days: 35,
            clearance: "NATO SECRET", place: "The Hague, Netherlands", french: false, state: .cancelled),
    ]

    static func load(into chancery: Chancery, _ accounts: [String: Principal]) async throws {
        guard let recruiter = accounts["recruiter"] else { return }
        let store = chancery.recruitment
        let now = Date()
        for notice in notices {
            let deadline = now.addingTimeInterval(Double(notice.days) * 86_400)
            let vacancy = try await store.importNotice(text(of: notice, deadline: deadline), by: recruiter)
            let path: [Vacancy.State] =
                switch notice.state {
                case .draft: []
                case .published: [.published]
                case .closed: [.published, .closed]
                case .filled: [.published, .closed, .filled]
                case .cancelled: [.published, .cancelled]
                }
            for state in path { _ = try await store.move(vacancy.object.id, to: state, by: recruiter) }
        }
        try await DemoApplications.load(into: chancery)
        try await DemoWrittenTests.load(into: chancery, accounts)
        try await DemoSelection.load(into: chancery, recruiter)
    }

    static func day(_ date: Date, french: Bool) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: french ? "fr_BE" : "en_GB")
        formatter.timeZone = BrusselsTime.zone
        formatter.dateFormat = "d MMMM yyyy"
        return formatter.string(from: date)
    }

    /// A notice as it would be pasted, in its own language.
    static func text(of notice: Notice, deadline: Date) -> String {
        if notice.french {
            return """
                SECRÉTARIAT INTERNATIONAL DE L'OTAN

                AVIS DE VACANCE DE POSTE

                Intitulé du poste : \(notice.title)
                Numéro de l'avis de vacance : \(notice.number)
                Grade : \(notice.grade)
                Nombre de postes : \(notice.posts)
                Lieu d'affectation : \(notice.place)
                Date limite : \(day(deadline, french: true)) à 23 h 59 (heure de Bruxelles)
                Habilitation de sécurité : \(notice.clearance)
                Type de contrat : contrat de durée déterminée de trois ans

                Cet avis de vacance est ouvert uniquement aux ressortissants des pays membres de l'OTAN.

                1. RÉSUMÉ

                Le/La titulaire apporte un soutien au Bureau et travaille en anglais et en français.

                2. QUALIFICATIONS ET EXPÉRIENCE

                ESSENTIEL
                • avoir au moins trois ans d'expérience dans un poste comparable ;
                • maîtriser la suite Microsoft Office ;
                • posséder au minimum les niveaux suivants dans les langues officielles de l'OTAN (anglais/français) : V (« Avancé ») dans l'une ; III (« Intermédiaire ») dans l'autre.

                SOUHAITABLE
                • une expérience dans une organisation internationale.
                """
        }
        return """
            NATO INTERNATIONAL STAFF

            VACANCY NOTICE

            TITLE: \(notice.title)
            GRADE: \(notice.grade)
            Vacancy Number: \(notice.number)
            Number of posts: \(notice.posts)
            LOCATION: \(notice.place)
            CLOSING DATE: \(day(deadline, french: false)) (23:59 Brussels time)
            CLEARANCE: \(notice.clearance)

            This vacancy is open to nationals of NATO member states only.

            SUMMARY
            The incumbent supports the work of the section and its head.

            ESSENTIAL QUALIFICATIONS:
            (1) At least 3 years of experience in a comparable post.
            (2) A university degree or equivalent experience.
            (3) Language: English - SLP 3333 (Listening, Speaking, Reading and Writing)

            DESIRABLE QUALIFICATIONS:
            (1) Experience in an international organisation.
            (2) French - SLP 2222.
            """
    }
}
