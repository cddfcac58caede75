import ChanceryKit

extension OpenAPIDocument {
    /// Every accepted attachment type as an OpenAPI `content` map of binary bodies (uploads and downloads).
    package static let fileTypeContent = FileType.allCases
        .map { #""\#($0.rawValue)": { "schema": { "type": "string", "format": "binary" } }"# }
        .joined(separator: ", ")
}
