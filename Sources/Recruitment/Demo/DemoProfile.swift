/// The demo candidates' answers to the statistics-only questions, drawn from their email so that each run of the
/// demo gives the same reports: most say, some prefer not to.
extension ApplicationForm {
    func withDemoProfile() -> ApplicationForm {
        let draw = email.unicodeScalars.reduce(UInt32(17)) { ($0 &* 31) &+ $1.value }
        var form = self
        let genders: [CandidateGender] = [.female, .male, .female, .male, .undisclosed, .male, .female, .other]
        form.gender = genders[Int(draw % UInt32(genders.count))]
        let sources: [CandidateSource] = [
            .headquartersWebsite, .nationalAuthority, .headquartersWebsite, .jobBoard, .socialMedia, .colleague,
            .nationalAuthority, .other, .undisclosed,
        ]
        form.source = sources[Int((draw / 7) % UInt32(sources.count))]
        return form
    }
}
