import Testing

@testable import ChanceryKit

@Suite struct CategoryCatalogTests {
    @Test func standardCatalogueHasPermanentBits() {
        #expect(CategoryCatalog.standard.bits == ["MEDICAL": 0, "STAFF": 1, "LEGAL": 2, "RECRUITMENT": 3, "INTEL": 4])
        #expect(CategoryCatalog.standard.names == ["INTEL", "LEGAL", "MEDICAL", "RECRUITMENT", "STAFF"])
    }

    @Test func masksAndNamesAreInverse() throws {
        let catalog = CategoryCatalog.standard
        #expect(try catalog.mask(of: []) == 0)
        #expect(try catalog.mask(of: ["MEDICAL"]) == 1)
        #expect(try catalog.mask(of: ["MEDICAL", "LEGAL", "INTEL"]) == 0b10101)
        for mask in Int64(0)..<32 {
            #expect(try catalog.mask(of: catalog.names(in: mask)) == mask)
        }
    }

    @Test func maskRefusesUnknownNames() {
        #expect(throws: LabelError.unknownCategory("medical")) { try CategoryCatalog.standard.mask(of: ["medical"]) }
        #expect(throws: LabelError.unknownCategory("NUCLEAR")) {
            try CategoryCatalog.standard.mask(of: ["STAFF", "NUCLEAR"])
        }
    }

    @Test func addingKeepsExistingBitsAndTakesFreshOnes() throws {
        // setup
        let before = CategoryCatalog.standard
        // exercise
        let after = try before.adding([" nuclear ", "Cyber", "STAFF", "NUCLEAR"])
        // validate
        for (name, bit) in before.bits { #expect(after.bits[name] == bit, "\(name) moved") }
        #expect(after.bits["NUCLEAR"] == 5)
        #expect(after.bits["CYBER"] == 6)
        #expect(after.bits.count == 7)
        #expect(Set(after.bits.values).count == after.bits.count, "a bit was given twice")
    }

    @Test func addingNeverReusesABitInUse() throws {
        // setup: stored assignments with a hole at bit 1, so that counting names would land on a bit in use
        let catalog = try CategoryCatalog(bits: ["MEDICAL": 0, "LEGAL": 2, "INTEL": 3, "STAFF": 40])
        // exercise
        let grown = try catalog.adding(["A", "B", "C"])
        // validate
        for (name, bit) in catalog.bits { #expect(grown.bits[name] == bit, "\(name) moved") }
        let newBits = ["A", "B", "C"].compactMap { grown.bits[$0] }
        #expect(newBits == [1, 4, 5], "each new name takes the lowest free bit")
        #expect(Set(grown.bits.values).count == 7, "a bit was given twice")
    }

    @Test func addingRepeatedlyNeverCollides() throws {
        var catalog = CategoryCatalog.standard
        for index in 0..<57 { catalog = try catalog.adding(["C\(index)"]) }
        #expect(catalog.bits.count == 62)
        #expect(Set(catalog.bits.values) == Set(0..<62))
        #expect(throws: LabelError.tooManyCategories) { try catalog.adding(["ONE MORE"]) }
        #expect(try catalog.adding(["MEDICAL"]) == catalog, "adding a known name must not need a bit")
    }

    @Test func addingIgnoresBlankNames() throws {
        #expect(try CategoryCatalog.standard.adding(["", "   "]) == .standard)
    }

    @Test func refusesBitsOutOfRange() {
        #expect(throws: LabelError.tooManyCategories) { try CategoryCatalog(bits: ["A": 62]) }
        #expect(throws: LabelError.tooManyCategories) { try CategoryCatalog(bits: ["A": -1]) }
        #expect(LabelError.tooManyCategories.description == "An installation may define at most 62 special categories.")
    }
}

@Suite("Category catalogue integrity")
struct CategoryCatalogIntegrityTests {
    @Test("two categories on one bit are refused")
    func sharedBitRefused() {
        #expect(throws: LabelError.sharedCategoryBit) {
            try CategoryCatalog(bits: ["MEDICAL": 0, "STAFF": 0])
        }
    }
}
