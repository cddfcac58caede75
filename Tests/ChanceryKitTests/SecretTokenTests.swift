import Foundation
import Testing

@testable import ChanceryKit

@Suite struct SecretTokenTests {
    static let base64URL = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    @Test func tokensAre32RandomBytesInBase64URL() throws {
        // exercise
        let token = SecretToken.make()
        // validate
        #expect(token.count == 43)
        #expect(token.allSatisfy { Self.base64URL.contains($0) })
        let standard = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/") + "="
        #expect(try #require(Data(base64Encoded: standard)).count == 32)
    }

    @Test func tokensAreUnique() {
        let tokens = (0..<20_000).map { _ in SecretToken.make() }
        #expect(Set(tokens).count == tokens.count)
        #expect(tokens.allSatisfy { $0.count == 43 })
    }

    @Test func digestIsSHA256InLowerCaseHex() {
        #expect(SecretToken.digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SecretToken.digest("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let token = SecretToken.make()
        let digest = SecretToken.digest(token)
        #expect(digest.count == 64)
        #expect(digest.allSatisfy { "0123456789abcdef".contains($0) })
        #expect(digest == SecretToken.digest(token))
        #expect(digest != SecretToken.digest(token + "x"))
        #expect(!digest.contains(token))
    }
}
