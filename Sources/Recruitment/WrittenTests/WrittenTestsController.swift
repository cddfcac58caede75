import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// Written tests through the API: sessions, invitations, un-blinding and results for the assistants
/// (`/api/v1/recruitment/written-tests`), anonymised scripts and their marks for the markers
/// (`/api/v1/recruitment/scripts`). Every read trimmed; a session or script that is not the caller's is 404.
package struct WrittenTestsController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("recruitment/written-tests", use: list)
        group.post("recruitment/written-tests", use: create)
        group.get("recruitment/written-tests/{id}", use: show)
        group.put("recruitment/written-tests/{id}", use: update)
        group.post("recruitment/written-tests/{id}/state", use: move)
        group.get("recruitment/written-tests/{id}/invitations", use: invitations)
        group.post("recruitment/written-tests/{id}/invitations", use: invite)
        group.post("recruitment/written-tests/{id}/unblind", use: unblind)
        group.get("recruitment/written-tests/{id}/results", use: results)
        group.get("recruitment/scripts", use: scripts)
        group.get("recruitment/scripts/{id}", use: script)
        group.put("recruitment/scripts/{id}/marks", use: mark)
    }

    static func state(_ text: String?, field: String = "state") throws -> WrittenTest.State? {
        guard let text, !text.isEmpty else { return nil }
        guard let state = WrittenTest.State(rawValue: text) else {
            throw AppError.invalidQuery(field, reasonKey: "recruitment.test.reason.state")
        }
        return state
    }

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let state = try Self.state(request.uri.queryParameters["state"].map(String.init))
        let vacancy = request.uri.queryParameters["vacancy"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        return try await ListPage(request).respond(
            fetch: {
                try await chancery.writtenTests.sessions(
                    vacancy: vacancy, state: state, after: $0, limit: $1, by: context.principal)
            },
            count: { try await chancery.writtenTests.sessionCount(state: state, by: context.principal) },
            banner: { chancery.objects.dominantLabel(of: $0.map(\.object)).banner }, body: WrittenTestBody.init)
    }

    @Sendable package func create(_ request: Request, context: SignedInContext) async throws -> Response {
        try RecruitmentOffice.require(RecruitmentOffice.assistants, context.principal)
        let (body, _) = try await JSONBody.decode(WrittenTestRequest.self, from: request)
        let session = try await chancery.writtenTests.create(body, by: context.principal)
        return try Self.response(session, status: .created, location: true)
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let session = try await PathParameters.found(context) {
            try await chancery.writtenTests.session($0, by: context.principal)
        }
        return try Self.response(session)
    }

    @Sendable package func update(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let version = try IfMatch.version(request)
        let (body, _) = try await JSONBody.decode(WrittenTestRequest.self, from: request)
        let session = try await chancery.writtenTests.update(
            id, body, expectedVersion: version, by: context.principal)
        return try Self.response(session)
    }

    package struct StateRequest: Decodable {
        package var state: String
    }

    @Sendable package func move(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(StateRequest.self, from: request)
        guard let state = WrittenTest.State(rawValue: body.state) else {
            throw AppError.invalidField("state", reasonKey: "recruitment.test.reason.state")
        }
        return try Self.response(try await chancery.writtenTests.move(id, to: state, by: context.principal))
    }

    @Sendable package func invitations(_ request: Request, context: SignedInContext) async throws -> Response {
        let session = try await PathParameters.found(context) {
            try await chancery.writtenTests.session($0, by: context.principal)
        }
        try RecruitmentOffice.require(RecruitmentOffice.assistants, context.principal)
        let invitations = try await chancery.writtenTests.invitations(of: session.object.id, by: context.principal)
        return try JSONResponse.make(
            ["items": invitations.map(TestInvitationBody.init)],
            banner: chancery.objects.dominantLabel(of: [session.object] + invitations.map(\.object)).banner)
    }

    package struct InviteRequest: Decodable {
        package var applications: [String]
    }

    @Sendable package func invite(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(InviteRequest.self, from: request)
        let invited = try await chancery.writtenTests.invite(body.applications, to: id, by: context.principal)
        return try JSONResponse.make(
            ["items": invited.map(TestInvitationBody.init)], status: .created,
            banner: chancery.objects.dominantLabel(of: invited.map(\.object)).banner)
    }

    @Sendable package func unblind(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        return try Self.response(try await chancery.writtenTests.unblind(id, by: context.principal))
    }

    @Sendable package func results(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (session, results) = try await chancery.writtenTests.results(of: id, by: context.principal)
        return try JSONResponse.make(
            WrittenTestResultsBody(session: WrittenTestBody(session), results: results.map(WrittenTestResultBody.init)),
            banner: chancery.objects.dominantLabel(of: [session.object] + results.map(\.invitation.object)).banner)
    }

    @Sendable package func scripts(_ request: Request, context: SignedInContext) async throws -> Response {
        let toMark: Bool? =
            switch request.uri.queryParameters["toMark"].map(String.init) {
            case "true"?: true
            case "false"?: false
            case nil, ""?: nil
            default: throw AppError.invalidQuery("toMark", reasonKey: "recruitment.test.reason.toMark")
            }
        return try await ListPage(request).respond(
            fetch: {
                try await chancery.writtenTests.scripts(toMark: toMark, after: $0, limit: $1, by: context.principal)
            },
            count: { try await chancery.writtenTests.scriptCount(toMark: toMark, by: context.principal) },
            banner: { chancery.objects.dominantLabel(of: $0.map(\.object)).banner }, body: TestScriptBody.init)
    }

    @Sendable package func script(_ request: Request, context: SignedInContext) async throws -> Response {
        let script = try await PathParameters.found(context) {
            try await chancery.writtenTests.script($0, by: context.principal)
        }
        return try JSONResponse.make(TestScriptBody(script), of: script)
    }

    package struct MarksRequest: Decodable {
        package var marks: [Int]
    }

    @Sendable package func mark(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(MarksRequest.self, from: request)
        let script = try await chancery.writtenTests.mark(id, marks: body.marks, by: context.principal)
        return try JSONResponse.make(TestScriptBody(script), of: script)
    }

    static func response(_ session: WrittenTest, status: HTTPResponse.Status = .ok, location: Bool = false) throws
        -> Response
    {
        JSONResponse.make(
            try JSONResponse.encode(WrittenTestBody(session)), status: status, etag: session.object.etag,
            location: location ? "/api/v1/recruitment/written-tests/\(session.object.id)" : nil,
            banner: session.object.label.banner)
    }
}
