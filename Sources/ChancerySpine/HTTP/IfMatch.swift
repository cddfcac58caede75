import Hummingbird

/// The version an edit is made against, from `If-Match`: every edit of a versioned object needs it.
package enum IfMatch {
    /// The version named by `If-Match` (`"v3"`): missing is a 428, unreadable a 400.
    package static func version(_ request: Request) throws -> Int64 {
        guard let ifMatch = request.headers[.ifMatch] else { throw AppError.ifMatchRequired }
        guard let version = ObjectsController.version(fromETag: ifMatch) else {
            throw AppError.invalidField("If-Match", reasonKey: "reason.etag")
        }
        return version
    }
}
