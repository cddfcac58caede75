import ChanceryKit
import ChancerySpine

/// What every part of the Recruitment office shares: its unit (the Civilian HR section), the RECRUITMENT category
/// every recruitment object carries, the object kinds, and who may do what. Its objects are labelled, and their
/// writers checked, as `SpecialCategoryOffice` says.
package struct RecruitmentOffice: Office, SpecialCategoryOffice {
    package let name = "recruitment"

    package init() {}

    /// The owning unit of every recruitment object: the Civilian HR section.
    package static let unit = "CHR"
    /// The special category of recruitment data (candidates' personal data, panel marks): a principal without it
    /// sees none of it, anywhere.
    package static let category = "RECRUITMENT"

    /// Who encodes, publishes and closes vacancies.
    package static let assistants: Set<Role> = [.recruitmentAssistant]
}
