import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// A case's timeline: `GET /api/v1/casework/cases/{id}/steps` and `POST` the next step (mediation stops the case's
/// clocks, the next step starts them again, closing names the outcome).
package struct CaseStepsController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("casework/cases/{id}/steps", use: list)
        group.post("casework/cases/{id}/steps", use: record)
    }

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        guard let hrCase = try await chancery.hrCases.hrCase(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        let steps = try await chancery.hrCases.steps(of: id, by: context.principal)
        let suspensions = try await chancery.hrCases.suspensions(of: id, by: context.principal)
        return try JSONResponse.make(
            CaseTimelineBody(hrCase, steps: steps, suspensions: suspensions), banner: hrCase.object.label.banner)
    }

    @Sendable package func record(_ request: Request, context: SignedInContext) async throws -> Response {
        try HROffice.require(HROffice.officers, context.principal)
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(CaseStepRequest.self, from: request)
        var items: [AppError.Item] = []
        guard let change = body.checked(today: HeadquartersCalendar.day(Clock.nowMilliseconds()), items: &items)
        else { throw HRCaseError.invalid(items) }
        let hrCase = try await chancery.hrCases.record(change, of: id, by: context.principal)
        let steps = try await chancery.hrCases.steps(of: id, by: context.principal)
        let suspensions = try await chancery.hrCases.suspensions(of: id, by: context.principal)
        return try JSONResponse.make(
            CaseTimelineBody(hrCase, steps: steps, suspensions: suspensions), status: .created,
            banner: hrCase.object.label.banner)
    }
}

/// A case's stage, outcome and timeline, and the days its clocks stood still.
package struct CaseTimelineBody: Encodable, Sendable {
    package struct Step: Encodable, Sendable {
        package var step: String
        package var on: String
        @ExplicitNull package var note: String?
        package var recordedBy: String
        package var recordedAt: String
    }

    package struct Pause: Encodable, Sendable {
        package var from: String
        /// The last day the clocks stood still; null while the mediation goes on.
        @ExplicitNull package var until: String?
    }

    package var id: String
    package var state: String
    @ExplicitNull package var outcome: String?
    package var version: Int64
    /// The stages the case may go to next.
    package var next: [String]
    package var steps: [Step]
    package var suspensions: [Pause]

    package init(_ hrCase: HRCase, steps: [CaseStep], suspensions: [Suspension]) {
        id = hrCase.object.id
        state = hrCase.object.state
        outcome = hrCase.outcome
        version = hrCase.object.version
        next = hrCase.state.next.map(\.rawValue)
        self.steps = steps.map {
            Step(
                step: $0.step.rawValue, on: $0.onDay, note: $0.note, recordedBy: $0.recordedByName,
                recordedAt: Clock.iso8601($0.recordedAt))
        }
        self.suspensions = suspensions.map { Pause(from: $0.from.iso, until: $0.until?.iso) }
    }
}
