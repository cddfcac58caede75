import Crypto
import Testing

@testable import ChancerySpine

/// The pseudonym the audit trail records in place of a personal value it must not keep for ever.
@Suite("Audit pseudonyms")
struct AuditPseudonymTests {
    @Test("an address's pseudonym is stable per installation and purpose, and reveals nothing of the address")
    func addressPseudonym() throws {
        let one = AuditLog(signingKey: .init(), checkpointInterval: 100)
        let other = AuditLog(signingKey: .init(), checkpointInterval: 100)
        let address = "192.0.2.10"
        #expect(one.pseudonym(address, purpose: "public-address") == one.pseudonym(address, purpose: "public-address"))
        #expect(
            one.pseudonym(address, purpose: "public-address") != one.pseudonym("192.0.2.11", purpose: "public-address"))
        #expect(one.pseudonym(address, purpose: "public-address") != one.pseudonym(address, purpose: "other"))
        #expect(
            one.pseudonym(address, purpose: "public-address") != other.pseudonym(address, purpose: "public-address"))
        // 16 hex digits whatever the value: nothing of the address's own text or length shows through
        let shown = one.pseudonym(address, purpose: "public-address")
        #expect(shown.count == 16 && shown.allSatisfy(\.isHexDigit) && !shown.contains("."))
        #expect(one.pseudonym("2001:db8::1", purpose: "public-address").count == 16)
    }
}
