import ChanceryKit

/// Reads a pasted vacancy notice, line by line, into the draft an assistant completes.
///
/// The notice is read in one pass: a labelled field anywhere ("Grade: B3/G8"), a heading that opens a section
/// (essential qualifications, languages, competencies…), the lines of that section read the section's way, and
/// sentences that say a deadline, a clearance, a contract or who may apply wherever they stand. The job board's
/// own lines are skipped; when the notice repeats itself in French, only the French title is read from it.
package struct VacancyNoticeReader {
    private var notice: ImportedVacancyNotice
    private var section = NoticeSection.preamble
    /// The list the last item went to, so that a line that continues it joins it.
    private var openList: WritableKeyPath<ImportedVacancyNotice, [String]>?
    private var preamble: [(text: String, markdown: Bool, line: Int)] = []
    private var firstFieldLine: Int?
    private var preambleBody: String?
    private var preamblePlace: String?
    private var boardExpiry: String?
    private var boardPlace: String?
    /// The lines of a division written over several lines between stars (`*EXCO` … `IPS*`).
    private var divisionLines: [String]?
    /// The qualifications a "Language" heading stands under, if it does.
    private var qualifications: NoticeSection?

    /// Reads a notice as pasted.
    package static func read(_ text: String) -> ImportedVacancyNotice {
        var reader = VacancyNoticeReader(notice: ImportedVacancyNotice(original: text))
        reader.readAll()
        return reader.notice
    }

    private init(notice: ImportedVacancyNotice) { self.notice = notice }

    private mutating func readAll() {
        var lines = NoticeText.lines(of: notice.original)
        if let end = lines.firstIndex(where: { JobBoardLine.kind(of: $0) == .end }) { lines = Array(lines[..<end]) }
        if let french = FrenchVersion.start(in: lines) {
            notice.titleFrench = french.title
            notice.notes.append(.frenchVersionNotRead)
            lines = Array(lines[..<french.line])
        }
        for (index, line) in lines.enumerated() {
            switch JobBoardLine.kind(of: line) {
            case .expiry(let value): boardExpiry = boardExpiry ?? value
            case .place(let value): boardPlace = boardPlace ?? value
            case .furniture, .end: break
            case nil:
                if continuesDivision(line) { continue }
                let markdown = NoticeText.isMarkdownHeading(line)
                for cell in NoticeText.cells(of: line) { read(cell: cell, markdown: markdown, line: index) }
            }
        }
        finish()
    }

    // MARK: - One cell

    private mutating func read(cell: String, markdown: Bool, line: Int) {
        let text = NoticeText.clean(cell)
        guard !text.isEmpty, !NoticeText.isRule(text) else { return }
        let fieldText = section == .preamble ? NoticeText.withoutBullet(text).text : text
        if let (field, value) = NoticeField.match(fieldText) {
            if accept(field, value: value, raw: cell) {
                firstFieldLine = firstFieldLine ?? line
                openList = nil
                if section == .remarks { notice.remarks.append(text) }
            } else {
                notice.unrecognised.append(text)
            }
            return
        }
        let used = readSentence(text)
        if section == .preamble, !used, NoticePreamble.isPlace(text) {
            preamblePlace = preamblePlace ?? text
            return
        }
        if section == .preamble, NoticePreamble.isBody(text) || NoticePreamble.isBanner(text) {
            // the most specific name wins: "International Military Staff" over the board's "NATO"
            if NoticePreamble.isBody(text), preambleBody.map(NoticePreamble.isGeneric) ?? true { preambleBody = text }
            return
        }
        if let heading = NoticeSection.heading(in: text, markdown: markdown) {
            openList = nil
            if heading.section == .unknown {
                if section == .preamble {
                    preamble.append((text, markdown, line))
                } else {
                    section = .unknown
                    notice.unrecognised.append(text)
                }
                return
            }
            // "Language" under the essential or desirable qualifications keeps their side
            qualifications =
                heading.section == .languages && [.essential, .desirable].contains(section)
                ? section : heading.section == .languages ? qualifications : nil
            section = heading.section
            if let rest = heading.rest { readContent(rest, used: readSentence(rest), line: line) }
            return
        }
        readContent(text, used: used, line: line)
    }

    /// A line read under the current section.
    private mutating func readContent(_ text: String, used: Bool, line: Int) {
        switch section {
        case .preamble:
            guard !used else { return }
            if NoticePreamble.isPlace(text) {
                preamblePlace = preamblePlace ?? text
            } else {
                preamble.append((text, false, line))
            }
        case .summary: notice.summary.append(text)
        case .duties: appendItem(text, to: \.duties)
        case .essential:
            appendItem(text, to: \.essentialQualifications)
            addLanguages(LanguageSentence.requirements(in: text, desirable: false))
        case .desirable:
            appendItem(text, to: \.desirableQualifications)
            addLanguages(LanguageSentence.requirements(in: text, desirable: true))
        case .languages:
            let found = LanguageSentence.requirements(in: text, desirable: qualifications == .desirable)
            addLanguages(found)
            guard found.isEmpty, !used else { return }
            switch qualifications {
            case .essential: appendItem(text, to: \.essentialQualifications)
            case .desirable: appendItem(text, to: \.desirableQualifications)
            default: notice.unrecognised.append(text)
            }
        case .competencies: readCompetency(text)
        case .remarks: appendItem(text, to: \.remarks)
        case .information: notice.additionalInformation.append(NoticeText.withoutBullet(text).text)
        case .unknown: if !used { notice.unrecognised.append(text) }
        }
    }

    /// Adds a list item; a line ending with a colon introduces items ("The incumbent must:"), and an unmarked line
    /// starting in lower case continues the previous item after a lost line break.
    private mutating func appendItem(_ text: String, to list: WritableKeyPath<ImportedVacancyNotice, [String]>) {
        let (body, bulleted) = NoticeText.withoutBullet(text)
        if (body.hasSuffix(":") && body.split(separator: " ").count <= 12)
            || Self.subheadings.contains(NoticeText.label(body))
        {
            openList = nil
            return
        }
        let item = body.trimmingCharacters(in: .whitespaces.union([";"]))
        if !bulleted, openList == list, let first = item.first, first.isLowercase, !notice[keyPath: list].isEmpty {
            notice[keyPath: list][notice[keyPath: list].count - 1] += " " + item
            return
        }
        notice[keyPath: list].append(item)
        openList = list
    }

    /// The headings that divide a list of qualifications without a colon ("Professional/Experience").
    static let subheadings: Set<String> = [
        "professional/experience", "professional experience", "experience", "education/training", "education",
        "training", "education and training", "computer literacy", "computer skills", "formation",
        "formation/etudes", "experience professionnelle", "connaissances informatiques", "informatique",
        "etudes", "etudes/formation",
    ]

    /// "Teamwork: Solicits inputs and encourages others." is a competency; a sentence is a personal attribute.
    private mutating func readCompetency(_ text: String) {
        let (body, _) = NoticeText.withoutBullet(text)
        if body.hasSuffix(":"), body.split(separator: " ").count <= 12 { return }
        let parts = body.split(separator: ":", maxSplits: 1)
        if parts.count == 2, parts[0].split(separator: " ").count <= 5 {
            let level = parts[1].trimmingCharacters(in: .whitespaces.union([";", "."]))
            notice.competencies.append(
                Competency(name: parts[0].trimmingCharacters(in: .whitespaces), level: level))
        } else {
            notice.personalAttributes.append(body)
        }
    }

    private mutating func addLanguages(_ found: [LanguageRequirement]) {
        for requirement in found
        where !notice.languages.contains(where: {
            $0.language == requirement.language && $0.essential == requirement.essential
        }) {
            notice.languages.append(requirement)
        }
    }

    // MARK: - Sentences and fields

    /// Reads what a sentence says wherever it stands; true when it said something the draft kept.
    private mutating func readSentence(_ text: String) -> Bool {
        var used = false
        if notice.deadline == nil, NoticeSentence.givesDeadline(text), let deadline = NoticeDate.deadline(in: text) {
            notice.deadline = deadline
            used = true
        }
        let folded = NoticeText.folded(text)
        if folded.contains("clearance") || folded.contains("habilitation"),
            let level = NoticeSentence.classification(in: text)
        {
            notice.clearance = notice.clearance ?? level
            used = true
        }
        if NoticeSentence.restrictsToMemberStates(text) {
            notice.memberStatesOnly = true
            used = true
        }
        if let audience = NoticeSentence.audience(in: text) {
            if notice.audience != .internal { notice.audience = audience }
            used = true
        }
        if let type = NoticeSentence.contractType(in: text) {
            notice.contractType = notice.contractType ?? type
            notice.contractYears = notice.contractYears ?? NoticeSentence.contractYears(in: text)
        }
        if notice.competition == nil, NoticeSentence.describesCompetition(text) {
            notice.competition = text
            used = true
        }
        return used
    }

    /// Keeps a field's value; false when the value is not one the field can hold.
    private mutating func accept(_ field: NoticeField, value: String, raw: String) -> Bool {
        guard !value.isEmpty else { return false }
        let hasDigit = value.contains(where: \.isNumber)
        switch field {
        case .vacancyNumber:
            guard hasDigit else { return false }
            notice.vacancyNumber = notice.vacancyNumber ?? value
        case .postNumber:
            guard hasDigit else { return false }
            notice.postNumber = notice.postNumber ?? value
        case .jobCode: notice.jobCode = notice.jobCode ?? value
        case .title: notice.title = notice.title ?? value
        case .grade:
            guard let grade = VacancyGrade(finding: value) else { return false }
            notice.grade = notice.grade ?? grade
        case .posts:
            guard let posts = NoticeSentence.firstNumber(in: value) else { return false }
            notice.posts = notice.posts ?? posts
        case .deadline:
            guard let deadline = NoticeDate.deadline(in: value) else { return false }
            notice.deadline = notice.deadline ?? deadline
        case .clearance:
            guard let level = NoticeSentence.classification(in: "clearance " + value) else { return false }
            notice.clearance = notice.clearance ?? level
        case .location: notice.location = notice.location ?? value
        case .dutyStation: notice.dutyStation = notice.dutyStation ?? value
        case .organisation: notice.organisation = notice.organisation ?? value
        case .division:
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.contains("*"), !trimmed.hasSuffix("*") { divisionLines = [value] }
            notice.division = notice.division ?? value
        case .section: notice.section = notice.section ?? value
        case .schedule: notice.schedule = notice.schedule ?? value
        case .salary: notice.salary = notice.salary ?? value
        case .contract:
            notice.contractType = notice.contractType ?? NoticeSentence.contractType(in: value) ?? value
            notice.contractYears = notice.contractYears ?? NoticeSentence.contractYears(in: "contract " + value)
        case .contractDuration:
            guard let years = NoticeSentence.contractYears(in: "contract " + value) else { return false }
            notice.contractYears = notice.contractYears ?? years
        }
        return true
    }

    /// Gathers the lines of a division written between stars; the last names the section.
    private mutating func continuesDivision(_ line: String) -> Bool {
        guard var lines = divisionLines else { return false }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            divisionLines = nil
            return false
        }
        lines.append(NoticeText.clean(trimmed))
        if trimmed.hasSuffix("*") {
            notice.division = lines.dropLast().joined(separator: " / ")
            notice.section = notice.section ?? lines.last
            divisionLines = nil
        } else {
            divisionLines = lines
        }
        return true
    }

    // MARK: - What is left

    /// Picks the title among the unlabelled lines above the first heading, takes the body and the place from
    /// there or from the job board, and hands every other line to the assistant.
    private mutating func finish() {
        var rest = preamble
        if notice.title == nil {
            let beforeFields = rest.filter {
                $0.line < (firstFieldLine ?? Int.max) && NoticePreamble.mayBeTitle($0.text)
            }
            let pick =
                beforeFields.last(where: { !$0.markdown }) ?? beforeFields.last
                ?? rest.first(where: { NoticePreamble.mayBeTitle($0.text) })
            if let pick {
                notice.title = pick.text
                rest.removeAll { $0.line == pick.line && $0.text == pick.text }
            }
        }
        if notice.division == nil, let heading = rest.first(where: \.markdown) {
            let parts = heading.text.split(separator: ",", maxSplits: 1).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            // a heading of commas alone ("## ,") names no division
            if let division = parts.first, !division.isEmpty {
                notice.division = division
                if parts.count == 2, !parts[1].isEmpty { notice.section = notice.section ?? parts[1] }
            }
            rest.removeAll { $0.line == heading.line && $0.text == heading.text }
        }
        // the job board's own heading repeats the title: it is not the notice's
        if let title = notice.title.map(NoticeText.folded) {
            rest.removeAll { title.hasPrefix(NoticeText.folded($0.text)) }
        }
        notice.unrecognised.insert(contentsOf: rest.map(\.text), at: 0)
        notice.organisation = notice.organisation ?? preambleBody
        notice.location = notice.location ?? preamblePlace
        if notice.location == nil, let boardPlace, !boardPlace.isEmpty {
            notice.location = boardPlace
            notice.notes.append(.locationFromJobBoard)
        }
        if notice.deadline == nil, let boardExpiry, let deadline = NoticeDate.deadline(in: boardExpiry) {
            notice.deadline = deadline
            notice.notes.append(.deadlineFromJobBoard)
        }
    }
}
