import ChanceryTestSupport
import HummingbirdTesting
import Testing

extension TestClientProtocol {
    /// Takes applications to the short list through the screening's bulk moves (eligible, long list, short list), as
    /// the assistant does before inviting them to a written test or an interview.
    func shortList(
        _ applications: [String], of vacancy: String, token: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let quoted = applications.map { "\"\($0)\"" }.joined(separator: ",")
        for stage in ["eligible", "long-list", "short-list"] {
            let moved = try await api(
                .post, "/api/v1/recruitment/vacancies/\(vacancy)/screening/bulk", token: token,
                json: #"{"applications":[\#(quoted)],"stage":"\#(stage)"}"#)
            try #require(moved.status == .ok, "\(stage): \(moved.text)", sourceLocation: sourceLocation)
        }
    }
}
