import ChanceryKit
import Foundation
import Testing

@testable import Recruitment

/// Notices of other NATO bodies, in other layouts, written after real ones: the samples are a family, not a list.
@Suite("Importing notices of other bodies and layouts")
struct OtherBodiesImportTests {
    @Test("NCIA, inside a French job board: SLP levels, two posts, the notice's deadline rather than the board's")
    func ncia() throws {
        // setup
        let text = try Fixture.notice("ncia-senior-software-engineer")
        // exercise
        let notice = VacancyNoticeReader.read(text)
        // validate
        #expect(notice.vacancyNumber == "250712")
        #expect(notice.title == "Senior Software Engineer (Cloud Platforms)")
        #expect(notice.organisation == "NATO Communications and Information Agency")
        #expect(notice.grade?.written == "A-3")
        #expect(notice.posts == 2)
        #expect(notice.deadline == (try Fixture.utc("2025-07-27T21:59:59Z")))
        #expect(notice.notes.isEmpty)
        #expect(notice.clearance == .natoSecret)
        #expect(notice.location == "The Hague, Netherlands")
        #expect(notice.division == "Chief Technology Office" && notice.section == "Cloud Services Branch")
        #expect(notice.contractType == "definite duration" && notice.contractYears == 3)
        #expect(notice.memberStatesOnly)
        #expect(
            notice.languages == [
                LanguageRequirement(language: "en", level: "3333"),
                LanguageRequirement(language: "fr", level: "2222", essential: false),
            ])
        #expect(notice.essentialQualifications.count == 4)
        #expect(
            notice.essentialQualifications.first
                == "A university degree at ISCED level 6 in computer science, software engineering or a related discipline"
        )
        #expect(
            notice.desirableQualifications == [
                "A master's degree (ISCED level 7) in a related discipline",
                "Certification as a Kubernetes administrator",
                "French SLP 2222.",
            ])
        #expect(notice.duties.count == 4)
        #expect(notice.unrecognised.isEmpty)
        #expect(!notice.additionalInformation.contains { $0.contains("Bruxelles") || $0.contains("Partager") })
    }

    @Test("SHAPE: an HTML and markdown table, a winter deadline in Mons time, sub-headings without colons")
    func shape() throws {
        // setup
        let text = try Fixture.notice("shape-budget-assistant")
        // exercise
        let notice = VacancyNoticeReader.read(text)
        // validate
        #expect(notice.vacancyNumber == "260014")
        #expect(notice.postNumber == "OJ8B 0020")
        #expect(notice.title == "Budget Assistant")
        #expect(notice.organisation == "SUPREME HEADQUARTERS ALLIED POWERS EUROPE")
        #expect(notice.grade?.written == "B-4" && notice.grade?.isTwinGraded == false)
        #expect(notice.posts == nil)
        #expect(notice.deadline == (try Fixture.utc("2026-01-14T22:59:59Z")))
        #expect(notice.clearance == .natoSecret)
        #expect(notice.location == "SHAPE, Mons, Belgium")
        #expect(notice.division == "J8 Resource Management")
        #expect(notice.audience == .internal)
        #expect(notice.contractType == "definite duration" && notice.contractYears == 3)
        #expect(
            notice.languages == [
                LanguageRequirement(language: "en", level: "3333"),
                LanguageRequirement(language: "fr", level: "2222", essential: false),
            ])
        #expect(
            notice.essentialQualifications == [
                "At least 3 years' experience in budget or finance work, 1 year of which in a public administration.",
                "Higher secondary education and completed advanced vocational training leading to a professional qualification (ISCED level 4).",
                "Good working knowledge of the Microsoft Office suite, in particular Excel.",
            ])
        #expect(notice.desirableQualifications == ["Experience of the NATO financial system (ERP)."])
        #expect(
            notice.duties == [
                "Prepares the draft budget estimates of the assigned budget holders.",
                "Records commitments and obligations in the financial system and checks their funding.",
                "Prepares the monthly execution reports.",
            ])
        #expect(notice.remarks.count == 1)
        #expect(notice.unrecognised.isEmpty)
    }

    @Test("NATO IS in French: French headings, twin grade B-4/G-10, « Date limite » at 23 h 59, a run-together heading")
    func frenchNotice() throws {
        // setup
        let text = try Fixture.notice("is-assistant-administratif-fr")
        // exercise
        let notice = VacancyNoticeReader.read(text)
        // validate
        #expect(notice.vacancyNumber == "261203")
        #expect(notice.title == "Assistant(e) administratif(-ve), Bureau de l'Assistant secrétaire général")
        #expect(notice.organisation == "SECRÉTARIAT INTERNATIONAL DE L'OTAN")
        #expect(notice.grade?.written == "B-4/G-10")
        #expect(notice.grade?.grades == ["B-4", "G-10"])
        #expect(notice.posts == 2)
        #expect(notice.deadline == (try Fixture.utc("2027-01-18T22:59:59Z")))
        #expect(notice.clearance == .natoSecret)
        #expect(notice.dutyStation == "Bruxelles (Belgique)")
        #expect(notice.division == "Division Défis de sécurité émergents (ESC)")
        #expect(notice.section == "Bureau de l'ASG")
        #expect(notice.contractType == "definite duration" && notice.contractYears == 3)
        #expect(notice.memberStatesOnly)
        #expect(notice.audience == .external)
        #expect(
            notice.languages == [
                LanguageRequirement(language: "en", level: "III (Intermédiaire)", higherLevelInOne: "V (Avancé)"),
                LanguageRequirement(language: "fr", level: "III (Intermédiaire)", higherLevelInOne: "V (Avancé)"),
                LanguageRequirement(language: "de", level: "connaissance pratique", essential: false),
            ])
        #expect(notice.essentialQualifications.count == 4)
        #expect(
            notice.essentialQualifications.first
                == "avoir achevé des études secondaires supérieures (niveau 3 de la CITE)")
        #expect(
            notice.desirableQualifications == [
                "une expérience dans une organisation internationale", "une connaissance pratique de l'allemand",
                "la connaissance des structures de l'OTAN.",
            ])
        // "…de l'OTAN.3. PRINCIPALES RESPONSABILITÉS" lost its line break: the heading still opens the duties
        #expect(notice.duties.contains("Enregistrer, classer et diffuser la correspondance du Bureau."))
        #expect(
            notice.competencies == [
                Competency(
                    name: "Orientation client",
                    level: "Assume personnellement la responsabilité de la correction des problèmes"),
                Competency(name: "Travail en équipe", level: "Sollicite l'avis des autres et les encourage"),
            ])
        // the board's lines (its title, "OTAN", "Postuler", similar offers) are not the notice's
        #expect(notice.unrecognised.isEmpty)
        #expect(
            !notice.additionalInformation.contains { $0.contains("Postuler") || $0.contains("Secrétaire bilingue") })
    }

    @Test("HQ SACT: upper-case labels, (1) (2) items, a deadline in Norfolk time, the place under the body's name")
    func hqSACT() throws {
        // setup
        let text = try Fixture.notice("hq-sact-training-analyst")
        // exercise
        let notice = VacancyNoticeReader.read(text)
        // validate
        #expect(notice.vacancyNumber == "250987")
        #expect(notice.title == "Training Analyst")
        #expect(notice.organisation == "HEADQUARTERS SUPREME ALLIED COMMANDER TRANSFORMATION")
        #expect(notice.grade?.written == "A-2")
        #expect(notice.posts == nil)
        // 23:59 in Norfolk (UTC-4 in summer) is 05:59:59 the next morning in Brussels
        #expect(notice.deadline == (try Fixture.utc("2026-08-16T03:59:59Z")))
        #expect(notice.clearance == .natoSecret)
        #expect(notice.division == "Joint Force Development" && notice.section == "Training Requirements")
        #expect(notice.location == "Norfolk, Virginia, USA")
        #expect(
            notice.languages == [
                LanguageRequirement(language: "en", level: "3333"),
                LanguageRequirement(language: "fr", level: "2222", essential: false),
            ])
        #expect(
            notice.essentialQualifications == [
                "At least 4 years of experience in military training analysis.",
                "Experience in NATO or national defence planning.", "A university degree in a relevant discipline.",
                "Language: English - SLP 3333 (Listening, Speaking, Reading and Writing)",
            ])
        #expect(notice.desirableQualifications == ["Experience of e-learning platforms.", "French - SLP 2222."])
        #expect(notice.contractType == "definite duration" && notice.contractYears == 3)
        #expect(notice.unrecognised.isEmpty)
    }

    @Test("a clearance given as its abbreviation, or as the bare level where the line speaks of a clearance")
    func clearanceForms() {
        #expect(NoticeSentence.classification(in: "Security clearance: NS") == .natoSecret)
        #expect(NoticeSentence.classification(in: "Clearance required: CONFIDENTIAL") == .natoConfidential)
        #expect(NoticeSentence.classification(in: "Habilitation de sécurité : NATO CONFIDENTIEL") == .natoConfidential)
        #expect(NoticeSentence.classification(in: "The post is SECRET in nature") == nil)
    }
}
