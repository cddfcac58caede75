import Mustache

/// A page of an office: the page's own model and the parts every page of that office shares (label table, CSRF
/// token, office links), read by the templates as one model: `{{t.x}}`, `{{csrf}}` and the page's own names stay
/// top-level. A name the page's model has (and is not `nil`) wins over the shared one.
package struct OfficePage<Shared, Content>: PageModel, MustacheParent {
    package var shared: Shared
    package var content: Content

    package init(_ shared: Shared, _ content: Content) {
        self.shared = shared
        self.content = content
    }

    package func child(named name: String) -> Any? {
        Self.value(named: name, in: content) ?? Self.value(named: name, in: shared)
    }

    /// A stored property's value, an optional unwrapped (`nil` for none), as the templates read a struct.
    private static func value(named name: String, in object: Any) -> Any? {
        guard let value = Mirror(reflecting: object).children.first(where: { $0.label == name })?.value else {
            return nil
        }
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
