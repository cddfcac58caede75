/// An optional field of an API body that is written as `null` when absent, rather than left out as the synthesized
/// `Encodable` leaves out a `nil`: clients of these bodies read every field they were promised, present or not.
/// Decoding still accepts the field missing (see the `KeyedDecodingContainer` overload below).
@propertyWrapper
package struct ExplicitNull<Value> {
    package var wrappedValue: Value?

    package init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }
}

extension ExplicitNull: Sendable where Value: Sendable {}

extension ExplicitNull: Encodable where Value: Encodable {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

extension ExplicitNull: Decodable where Value: Decodable {
    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }
}

extension KeyedDecodingContainer {
    /// A field wrapped in `ExplicitNull` may be left out of a request, as a plain optional may.
    package func decode<Value: Decodable>(_ type: ExplicitNull<Value>.Type, forKey key: Key) throws
        -> ExplicitNull<Value>
    {
        ExplicitNull(wrappedValue: try decodeIfPresent(Value.self, forKey: key))
    }
}
