import Testing

@testable import Recruitment

@Suite("The job board's own lines")
struct JobBoardLineTests {
    @Test("counters, buttons and categories in Italian, French and English are the board's")
    func furniture() {
        for line in [
            "Visualizza: 125", "Loading ...", "Applicare", "Vues : 87", "Chargement...", "Postuler", "Apply now",
        ] {
            #expect(JobBoardLine.kind(of: line) == .furniture, "\(line)")
        }
        #expect(JobBoardLine.kind(of: "Scadenza: 31-12-2025") == .expiry("31-12-2025"))
        #expect(JobBoardLine.kind(of: "Località : Brussels Brussels Capital") == .place("Brussels Brussels Capital"))
        #expect(JobBoardLine.kind(of: "LAVORI SIMILI") == .end)
        #expect(JobBoardLine.kind(of: "Offres similaires") == .end)
    }

    @Test("the notice's own lines are not")
    func notice() {
        for line in ["Grade: B3/G8", "1. SUMMARY", "Date limite : 18 janvier 2027", "Apply knowledge and experience"] {
            #expect(JobBoardLine.kind(of: line) == nil, "\(line)")
        }
    }
}
