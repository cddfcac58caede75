import ChancerySpine

/// The keys of the referral, POD request, release and disclosure pages (their text is in
/// `Health/Strings/releases-web.json`).
package enum HealthReleaseWebStrings {
    /// The labels templates read as `t.<key>` (each is `hrel.<key>` in the table).
    /// Keys with a further dot (states, codes, notices) are looked up by the controller instead.
    package static let pageKeys: [String] = HealthOffice.ownStrings.keys.filter { $0.hasPrefix("hrel.") }
        .map { String($0.dropFirst(5)) }.filter { !$0.contains(".") }

    /// The `?done=` notices the pages show (each is `hrel.done.<name>` in the table).
    package static let notices: Set<String> = [
        "created", "sent", "reply", "closure", "cancellation", "answer", "approval", "release", "asked",
    ]

}
