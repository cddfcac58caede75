import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird
import Logging

/// Letters for the office's assistants: the templates (`/api/v1/recruitment/letter-templates`), the letters of an
/// application, a letter as JSON, HTML and PDF, and its sent log. Every read trimmed like the application it is on.
package struct LettersController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("recruitment/letter-templates", use: templates)
        group.get("recruitment/letter-templates/{kind}/{language}", use: template)
        group.put("recruitment/letter-templates/{kind}/{language}", use: saveTemplate)
        group.get("recruitment/applications/{id}/letters", use: letters)
        group.post("recruitment/applications/{id}/letters", use: produce)
        group.get("recruitment/letters/{id}", use: show)
        group.get("recruitment/letters/{id}/html", use: html)
        group.get("recruitment/letters/{id}/pdf", use: pdf)
        group.post("recruitment/letters/{id}/sent", use: markSent)
    }

    /// The template a path names, or 404.
    static func templateName(_ context: SignedInContext) throws -> (LetterKind, LetterLanguage) {
        let kind = try context.parameters.require("kind")
        let language = try context.parameters.require("language")
        guard let known = LetterKind(rawValue: kind), let written = LetterLanguage(rawValue: language) else {
            throw LetterError.noTemplate(String("\(kind)/\(language)".prefix(60)))
        }
        return (known, written)
    }

    @Sendable package func templates(_ request: Request, context: SignedInContext) async throws -> Response {
        let templates = try await chancery.letters.templates(by: context.principal)
        return try JSONResponse.make(["items": templates.map(LetterTemplateBody.init)])
    }

    @Sendable package func template(_ request: Request, context: SignedInContext) async throws -> Response {
        let (kind, language) = try Self.templateName(context)
        let versions = try await chancery.letters.history(kind, language, by: context.principal)
        guard let current = versions.first else {
            throw LetterError.noTemplate("\(kind.rawValue)/\(language.rawValue)")
        }
        return try JSONResponse.make(
            LetterTemplateBody(current, versions: versions.map(LetterTemplateBody.init)),
            etag: "\"v\(current.version)\"")
    }

    package struct TemplateRequest: Decodable, Sendable {
        package var subject: String?
        package var body: String?
    }

    /// Saves a new version of a template at the version read (`If-Match`).
    @Sendable package func saveTemplate(_ request: Request, context: SignedInContext) async throws -> Response {
        let (kind, language) = try Self.templateName(context)
        try LetterStore.requireTemplateEditor(context.principal)
        let version = try IfMatch.version(request)
        let (body, _) = try await JSONBody.decode(TemplateRequest.self, from: request)
        let saved = try await chancery.letters.saveTemplate(
            kind, language, expectedVersion: version, subject: body.subject ?? "", body: body.body ?? "",
            by: context.principal)
        return try JSONResponse.make(LetterTemplateBody(saved), etag: "\"v\(saved.version)\"")
    }

    @Sendable package func letters(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (application, letters) = try await chancery.letters.letters(of: id, by: context.principal)
        let label = chancery.objects.dominantLabel(of: [application.object] + letters.map(\.letter.object))
        return try JSONResponse.make(
            ["items": letters.map { LetterBody($0.letter, sent: $0.sent) }], banner: label.banner)
    }

    @Sendable package func produce(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        try RecruitmentOffice.require(RecruitmentOffice.assistants, context.principal)
        let (body, _) = try await JSONBody.decode(LetterRequest.self, from: request)
        let letter = try await chancery.letters.produce(try LetterOrder(body), for: id, by: context.principal)
        return try JSONResponse.make(
            LetterBody(letter, sent: []), of: letter, status: .created,
            location: "/api/v1/recruitment/letters/\(letter.object.id)")
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let letter = try await PathParameters.found(context) {
            try await chancery.letters.letter($0, by: context.principal)
        }
        let sent = try await chancery.letters.sent([letter.object.id])
        return try JSONResponse.make(LetterBody(letter, sent: sent), of: letter)
    }

    @Sendable package func html(_ request: Request, context: SignedInContext) async throws -> Response {
        let letter = try await PathParameters.found(context) {
            try await chancery.letters.letter($0, by: context.principal)
        }
        return Self.html(letter)
    }

    @Sendable package func pdf(_ request: Request, context: SignedInContext) async throws -> Response {
        let letter = try await PathParameters.found(context) {
            try await chancery.letters.letter($0, by: context.principal)
        }
        return try await Self.pdf(letter, logger: context.logger)
    }

    /// The letter as print-ready HTML: the text it was produced with, the print stylesheet and its banner.
    static func html(_ letter: Letter, back: (href: String, text: String)? = nil) -> Response {
        let banner = Localizer(letter.language.language).banner(letter.object.label)
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/html; charset=utf-8", .contentLanguage: letter.language.rawValue,
                .classification: letter.object.label.banner, .cacheControl: "private, no-store",
            ],
            body: .init(
                byteBuffer: ByteBuffer(string: LetterDocument.printable(letter.html, banner: banner, back: back))))
    }

    /// The letter as PDF, through the spine's renderer; a renderer that cannot is a clear 503, the reason logged.
    static func pdf(_ letter: Letter, logger: Logger) async throws -> Response {
        let pdf: Data
        do {
            pdf = try await PDFRenderer.render(
                html: letter.html, label: letter.object.label, language: letter.language.language)
        } catch let failure as PDFRenderer.Failure {
            logger.error("Letter PDF not made", metadata: ["letter": "\(letter.object.id)", "reason": "\(failure)"])
            throw LetterError.noPDF
        }
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/pdf", .contentLength: String(pdf.count),
                .contentDisposition: AttachmentsAPI.disposition(
                    "letter-\(letter.letterKind.rawValue)-\(letter.object.id).pdf"),
                .classification: letter.object.label.banner, .cacheControl: "private, no-store",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: pdf)))
    }

    package struct SentRequest: Decodable, Sendable {
        package var channel: String?
    }

    @Sendable package func markSent(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(SentRequest.self, from: request)
        guard let channel = LetterChannel(rawValue: body.channel ?? "") else { throw LetterError.channel }
        let letter = try await chancery.letters.markSent(id, channel: channel, by: context.principal)
        let sent = try await chancery.letters.sent([id])
        return try JSONResponse.make(LetterBody(letter, sent: sent), of: letter)
    }
}

/// A template as the API shows it.
package struct LetterTemplateBody: Encodable, Sendable {
    package var kind: String
    package var language: String
    package var version: Int64
    package var subject: String
    package var body: String
    package var savedBy: String
    package var savedAt: String
    package var placeholders: [String]
    package var versions: [LetterTemplateBody]?

    package init(_ template: LetterTemplate) { self.init(template, versions: nil) }

    package init(_ template: LetterTemplate, versions: [LetterTemplateBody]?) {
        kind = template.kind.rawValue
        language = template.language.rawValue
        version = template.version
        subject = template.subject
        body = template.body
        savedBy = template.savedBy
        savedAt = Clock.iso8601(template.savedAt)
        placeholders = LetterKind.placeholders
        self.versions = versions
    }
}

/// A letter as the API shows it: what it is, where its HTML and PDF are, and its sent log.
package struct LetterBody: Encodable, Sendable {
    package struct Sent: Encodable, Sendable {
        package var sentAt: String
        package var sentBy: String
        package var channel: String
    }

    package var id: String
    package var applicationId: String
    package var kind: String
    package var language: String
    package var templateVersion: Int64
    package var subject: String
    package var state: String
    package var producedAt: String
    package var producedBy: String
    package var html: String
    package var pdf: String
    package var sent: [Sent]
    package var banner: String

    package init(_ letter: Letter, sent: [LetterSending]) {
        id = letter.object.id
        applicationId = letter.applicationId
        kind = letter.letterKind.rawValue
        language = letter.language.rawValue
        templateVersion = letter.templateVersion
        subject = letter.subject
        state = letter.object.state
        producedAt = Clock.iso8601(letter.producedAt)
        producedBy = letter.producedBy
        html = "/api/v1/recruitment/letters/\(letter.object.id)/html"
        pdf = "/api/v1/recruitment/letters/\(letter.object.id)/pdf"
        self.sent = sent.map { Sent(sentAt: Clock.iso8601($0.sentAt), sentBy: $0.sentBy, channel: $0.channel.rawValue) }
        banner = letter.object.label.banner
    }
}
