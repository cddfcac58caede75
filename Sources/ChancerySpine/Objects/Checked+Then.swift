extension Checked {
    /// The next step with the value, or this refusal unchanged. Inside a transaction a refusal is returned rather than
    /// thrown, so that what was audited on the way (a denied write) still commits: `then` carries it to the end.
    package func then<Next: Sendable>(_ next: (Value) async throws -> Checked<Next>) async rethrows -> Checked<Next> {
        switch self {
        case .done(let value): return try await next(value)
        case .refused(let error): return .refused(error)
        }
    }
}
