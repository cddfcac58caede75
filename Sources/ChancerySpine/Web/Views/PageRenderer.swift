import ChanceryKit
import Foundation
import Hummingbird
import Mustache

/// What the layout needs besides the page's own content.
package struct PageFrame {
    package var title: String
    /// The dominant label of everything the page shows.
    package var label: SecurityLabel
    package var localizer: Localizer
    package var path: String
    package var session: ActiveSession?

    package init(title: String, label: SecurityLabel, localizer: Localizer, path: String, session: ActiveSession? = nil)
    {
        self.title = title
        self.label = label
        self.localizer = localizer
        self.path = path
        self.session = session
    }
}

/// A controller of signed-in pages: the frame of each page it renders.
package protocol SignedInPages {}

extension SignedInPages {
    /// The layout's part of a page for the signed-in principal: title, dominant label, language, path, session.
    package func frame(_ title: String, label: SecurityLabel, path: String, _ context: SignedInContext) -> PageFrame {
        PageFrame(title: title, label: label, localizer: context.localizer, path: path, session: context.session)
    }
}

/// Renders pages into the layout; the templates are parsed once.
package enum PageRenderer {
    /// The spine's templates and those of the offices this process runs.
    package static var library: MustacheLibrary { InstalledOffices.catalog.templates }

    /// The spine's templates with these added; a name used twice stops the process at start.
    package static func library(adding templates: [(name: String, text: String)]) -> MustacheLibrary {
        var library = MustacheLibrary()
        var names: Set<String> = []
        for (name, text) in [
            ("layout", Templates.layout), ("login", Templates.login), ("home", Templates.home),
            ("error", Templates.error),
            ("language", Templates.language), ("work", Templates.work),
        ] + SearchTemplates.all + AdminTemplates.all + CalendarAdminTemplates.all + ListTemplates.all
            + templates.map { ($0.name, $0.text) }
        {
            precondition(names.insert(name).inserted, "The template \(name) is defined twice")
            // safe: the templates are constants, and a test renders each of them
            try! library.register(text, named: name)
        }
        return library
    }

    package static func render(_ template: String, _ model: some PageModel, frame: PageFrame) -> String {
        let content = library.render(model, withTemplate: template) ?? ""
        return library.render(LayoutPage(frame, content: content), withTemplate: "layout") ?? ""
    }

    package static func response(
        _ template: String, _ model: some PageModel, frame: PageFrame, status: HTTPResponse.Status = .ok
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

    package static func bannerClass(_ classification: Classification) -> String {
        "banner-" + classification.abbreviation.lowercased()
    }
}

/// The model of the error page.
package struct ErrorPageModel: PageModel {
    package var title: String
    package var detail: String
    package var back: String
}

/// The page shown for an error outside the API, in the frame of the user's pages when someone is signed in.
package enum ErrorPage {
    package static func response(
        _ problem: AppError, localizer: Localizer, path: String = "/home", session: ActiveSession? = nil
    ) -> Response {
        let title = title(for: problem.status, localizer)
        let model = ErrorPageModel(title: title, detail: problem.detail(localizer), back: localizer("error.back"))
        let frame = PageFrame(title: title, label: .unclassified, localizer: localizer, path: path, session: session)
        return PageRenderer.response("error", model, frame: frame, status: problem.status)
    }

    /// A heading that says what happened: not found, not allowed, or a fault.
    static func title(for status: HTTPResponse.Status, _ t: Localizer) -> String {
        switch status {
        case .notFound: t("error.title.notFound")
        case .forbidden: t("error.title.forbidden")
        default: t("error.title")
        }
    }
}
