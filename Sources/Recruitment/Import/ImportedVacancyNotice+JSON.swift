import Foundation

/// The draft as the API answers it: the grade as written beside its normalised form, the deadline in RFC 3339 with
/// the Brussels offset of that date, the clearance as its marking.
extension ImportedVacancyNotice: Encodable {
    private enum CodingKeys: String, CodingKey {
        case vacancyNumber, postNumber, jobCode, title, titleFrench, organisation, posts, grade, gradeNormalised
        case deadline, clearance, languages, essentialQualifications, desirableQualifications, competencies
        case personalAttributes, division, section, location, dutyStation, schedule, salary, contractType
        case contractYears, audience, memberStatesOnly, competition, summary, duties, remarks, additionalInformation
        case unrecognised, notes, original
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(vacancyNumber, forKey: .vacancyNumber)
        try container.encode(notice.postNumber, forKey: .postNumber)
        try container.encode(notice.jobCode, forKey: .jobCode)
        try container.encode(title, forKey: .title)
        try container.encode(titleFrench, forKey: .titleFrench)
        try container.encode(notice.organisation, forKey: .organisation)
        try container.encode(posts, forKey: .posts)
        try container.encode(notice.grade?.written, forKey: .grade)
        try container.encode(notice.grade?.normalised, forKey: .gradeNormalised)
        try container.encode(deadline.map(BrusselsTime.rfc3339), forKey: .deadline)
        try container.encode(clearance?.marking, forKey: .clearance)
        try container.encode(notice.languages, forKey: .languages)
        try container.encode(notice.essentialQualifications, forKey: .essentialQualifications)
        try container.encode(notice.desirableQualifications, forKey: .desirableQualifications)
        try container.encode(notice.competencies, forKey: .competencies)
        try container.encode(notice.personalAttributes, forKey: .personalAttributes)
        try container.encode(notice.division, forKey: .division)
        try container.encode(notice.section, forKey: .section)
        try container.encode(notice.location, forKey: .location)
        try container.encode(notice.dutyStation, forKey: .dutyStation)
        try container.encode(notice.schedule, forKey: .schedule)
        try container.encode(notice.salary, forKey: .salary)
        try container.encode(notice.contractType, forKey: .contractType)
        try container.encode(notice.contractYears, forKey: .contractYears)
        try container.encode(notice.audience, forKey: .audience)
        try container.encode(notice.memberStatesOnly, forKey: .memberStatesOnly)
        try container.encode(notice.competition, forKey: .competition)
        try container.encode(notice.summary, forKey: .summary)
        try container.encode(notice.duties, forKey: .duties)
        try container.encode(notice.remarks, forKey: .remarks)
        try container.encode(notice.additionalInformation, forKey: .additionalInformation)
        try container.encode(unrecognised, forKey: .unrecognised)
        try container.encode(notes, forKey: .notes)
        try container.encode(original, forKey: .original)
    }
}
