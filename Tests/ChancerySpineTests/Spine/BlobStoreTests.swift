import ChanceryTestSupport
import Foundation
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

@Suite("Blob store")
struct BlobStoreTests {
    @Test("an upload a crash left half-written is swept away; one still being written is kept")
    func sweepsAbandonedUploads() throws {
        // setup
        let directory = NSTemporaryDirectory() + "chancery-blobs-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = BlobStore(dataDirectory: directory)
        let tmp = (store.root as NSString).appendingPathComponent("tmp")
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        let abandoned = (tmp as NSString).appendingPathComponent("abandoned")
        let live = (tmp as NSString).appendingPathComponent("live")
        #expect(FileManager.default.createFile(atPath: abandoned, contents: Data("half".utf8)))
        #expect(FileManager.default.createFile(atPath: live, contents: Data("still coming".utf8)))
        try FileManager.default.setAttributes(
            [.modificationDate: Date().addingTimeInterval(-3600)], ofItemAtPath: abandoned)

        // exercise
        let removed = store.sweepAbandonedUploads()

        // validate
        #expect(removed == 1)
        #expect(!FileManager.default.fileExists(atPath: abandoned))
        #expect(FileManager.default.fileExists(atPath: live))
        #expect(
            BlobStore(dataDirectory: directory + "-none").sweepAbandonedUploads() == 0, "no tmp folder: nothing to do")
    }
}
