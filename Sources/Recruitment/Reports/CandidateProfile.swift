/// What a candidate may say of themselves for the office's statistics only: never shown beside a name, counted in the
/// reports with small counts suppressed, kept when the candidate's data is anonymised. Both are optional on the form;
/// a candidate who says nothing is `undisclosed`.
package enum CandidateGender: String, CaseIterable, Sendable, Codable {
    case female
    case male
    case other
    case undisclosed
}

/// Where the candidate learnt of the vacancy.
package enum CandidateSource: String, CaseIterable, Sendable, Codable {
    case headquartersWebsite = "headquarters-website"
    case nationalAuthority = "national-authority"
    case jobBoard = "job-board"
    case socialMedia = "social-media"
    case colleague
    case other
    case undisclosed
}
