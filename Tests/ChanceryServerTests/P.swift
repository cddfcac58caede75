import Testing
import HummingbirdTesting
@testable import ChanceryServer
@Test func placeholder2() { #expect(true) }
