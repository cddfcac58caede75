import ChanceryKit
import Hummingbird

/// `POST /api/v1/labels/check`: reads a label in the JSON form or in ADatP-4774 XML and answers with its
/// canonical JSON, banner and XML, or with the sentence that says what is wrong.
package struct LabelsController {
    package let chancery: Chancery

    package struct LabelBody: Encodable {
        package var label: SecurityLabelForm
        package var banner: String
        package var xml: String
    }

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.post("labels/check", use: check)
    }

    @Sendable package func check(_ request: Request, context: SignedInContext) async throws -> Response {
        let contentType = request.headers[.contentType]?.lowercased() ?? "application/json"
        let label: SecurityLabel
        do {
            if contentType.contains("xml") {
                let buffer = try await JSONBody.collect(request)
                label = try ConfidentialityLabelXML.parse(String(buffer: buffer), catalog: chancery.catalog)
            } else {
                let (form, _) = try await JSONBody.decode(SecurityLabelForm.self, from: request)
                label = try form.label(in: chancery.catalog)
            }
        } catch let error as LabelError {
            throw AppError.invalidLabel(error)
        }
        return try JSONResponse.make(
            LabelBody(label: SecurityLabelForm(label), banner: label.banner, xml: ConfidentialityLabelXML.export(label))
        )
    }
}
