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
        try container.encode(postNumber, forKey: .postNumber)
        try container.encode(jobCode, forKey: .jobCode)
        try container.encode(title, forKey: .title)
        try container.encode(titleFrench, forKey: .titleFrench)
        try container.encode(organisation, forKey: .organisation)
        try container.encode(posts, forKey: .posts)
        try container.encode(grade?.written, forKey: .grade)
        try container.encode(grade?.normalised, forKey: .gradeNormalised)
        try container.encode(deadline.map(BrusselsTime.rfc3339), forKey: .deadline)
        try container.encode(clearance?.marking, forKey: .clearance)
        try container.encode(languages, forKey: .languages)
        try container.encode(essentialQualifications, forKey: .essentialQualifications)
        try container.encode(desirableQualifications, forKey: .desirableQualifications)
        try container.encode(competencies, forKey: .competencies)
        try container.encode(personalAttributes, forKey: .personalAttributes)
        try container.encode(division, forKey: .division)
        try container.encode(section, forKey: .section)
        try container.encode(location, forKey: .location)
        try container.encode(dutyStation, forKey: .dutyStation)
        try container.encode(schedule, forKey: .schedule)
        try container.encode(salary, forKey: .salary)
        try container.encode(contractType, forKey: .contractType)
        try container.encode(contractYears, forKey: .contractYears)
        try container.encode(audience, forKey: .audience)
        try container.encode(memberStatesOnly, forKey: .memberStatesOnly)
        try container.encode(competition, forKey: .competition)
        try container.encode(summary, forKey: .summary)
        try container.encode(duties, forKey: .duties)
        try container.encode(remarks, forKey: .remarks)
        try container.encode(additionalInformation, forKey: .additionalInformation)
        try container.encode(unrecognised, forKey: .unrecognised)
        try container.encode(notes, forKey: .notes)
        try container.encode(original, forKey: .original)
    }
}
