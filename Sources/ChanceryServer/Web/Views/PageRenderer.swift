import ChanceryKit
import Foundation
import Hummingbird
import Mustache

/// What the layout needs besides the page's own content.
struct PageFrame {
    var title: String
    /// The dominant label of everything the page shows.
    var label: SecurityLabel
    var localizer: Localizer
    var path: String
    var session: ActiveSession?
}

/// A controller of signed-in pages: the frame of each page it renders.
protocol SignedInPages {}

extension SignedInPages {
    /// The layout's part of a page for the signed-in principal: title, dominant label, language, path, session.
    func frame(_ title: String, label: SecurityLabel, path: String, _ context: SignedInContext) -> PageFrame {
        PageFrame(title: title, label: label, localizer: context.localizer, path: path, session: context.session)
    }
}

/// Renders pages into the layout; the templates are parsed once.
enum PageRenderer {
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, text) in [
            ("layout", Templates.layout), ("login", Templates.login), ("home", Templates.home), ("error", Templates.error),
            ("language", Templates.language),
            ("record-table", RegistryTemplates.recordTable),
        ] + RegistryTemplates.all + SearchTemplates.all + HealthTemplates.all + HealthAppointmentTemplates.all + HealthReleaseTemplates.all + HealthAuditsSuppliesTemplates.all {
            // safe: the templates are constants, and a test renders each of them
            try! library.register(text, named: name)
        }
        return library
    }()

    static func render(_ template: String, _ model: [String: Any], frame: PageFrame) -> String {
        let content = library.render(model, withTemplate: template) ?? ""
        let t = frame.localizer
        var layout: [String: Any] = [
            "lang": t.language.rawValue, "title": frame.title, "appName": t("app.name"), "skip": t("nav.skip"),
            "banner": frame.label.banner, "bannerClass": bannerClass(frame.label.classification),
            "bannerLabel": t("banner.label"), "languageLabel": t("nav.language"),
            "returnField": frame.path,
            "isEnglish": t.language == .en, "isFrench": t.language == .fr, "content": content,
        ]
        if let session = frame.session {
            layout["user"] = [
                "signedInAs": t("nav.signedInAs", ["username": session.account.username]), "csrf": session.csrfToken,
                "logout": t("nav.logout"), "search": t("nav.search"),
            ]
        }
        return library.render(layout, withTemplate: "layout") ?? ""
    }

    static func response(
        _ template: String, _ model: [String: Any], frame: PageFrame, status: HTTPResponse.Status = .ok
    ) -> Response {
        let html = render(template, model, frame: frame)
        return Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8", .contentLanguage: frame.localizer.language.rawValue,
                .classification: frame.label.banner,
            ],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    static func bannerClass(_ classification: Classification) -> String {
        "banner-" + classification.abbreviation.lowercased()
    }
}

/// The page shown for an error outside the API.
enum ErrorPage {
    static func response(_ problem: AppError, localizer: Localizer) -> Response {
        let model: [String: Any] = [
            "title": localizer("error.title"), "detail": problem.detail(localizer), "back": localizer("error.back"),
        ]
        let frame = PageFrame(
            title: localizer("error.title"), label: .unclassified, localizer: localizer, path: "/home", session: nil)
        return PageRenderer.response("error", model, frame: frame, status: problem.status)
    }
}
