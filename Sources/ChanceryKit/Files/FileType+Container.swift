/// Office documents are ZIP archives, so their first bytes ("PK") say only "some ZIP". Their container must also
/// have the structure of the declared kind of document, or a renamed archive of anything (an HTML page, a
/// program) would be accepted as a Word file.
extension FileType {
    /// What is wrong with a file's container for this type.
    public enum ContainerProblem: Sendable, Equatable {
        /// Not a ZIP archive that can be read (truncated, no directory, split over disks, inconsistent).
        case notAnArchive
        /// An Office Open XML package (ECMA-376 Part 2) without its `[Content_Types].xml`.
        case missingContentTypes
        /// A package without the part folder of the declared kind (`word/`, `xl/` or `ppt/`).
        case missingMainPart(folder: String)
        /// An OpenDocument package (ODF 1.2 Part 3, §3.3) whose first entry is not `mimetype`.
        case mimetypeNotFirst
        /// A `mimetype` entry that is compressed.
        case mimetypeCompressed
        /// A `mimetype` entry that does not hold exactly the declared media type.
        case wrongMimetype
        /// An OpenDocument package without `META-INF/manifest.xml`.
        case missingManifest
    }

    /// Whether this type is a ZIP container whose structure is checked.
    public var isZipContainer: Bool {
        switch self {
        case .docx, .xlsx, .pptx, .odt, .ods: true
        default: false
        }
    }

    /// Checks the whole file (of `size` bytes, read through `read`) against the container this type must have;
    /// nil when it has it, or when the type is not a container. Never reads outside the file.
    public func containerProblem(size: UInt64, read: ZipDirectory.Reader) -> ContainerProblem? {
        guard isZipContainer else { return nil }
        let directory: ZipDirectory
        do { directory = try ZipDirectory.read(size: size, read) } catch { return .notAnArchive }
        let names = Set(directory.entries.map(\.name))
        switch self {
        case .docx: return Self.openXMLProblem(names, folder: "word/")
        case .xlsx: return Self.openXMLProblem(names, folder: "xl/")
        case .pptx: return Self.openXMLProblem(names, folder: "ppt/")
        default: return openDocumentProblem(directory, names: names, size: size, read: read)
        }
    }

    private static func openXMLProblem(_ names: Set<String>, folder: String) -> ContainerProblem? {
        guard names.contains("[Content_Types].xml") else { return .missingContentTypes }
        guard names.contains(where: { $0.hasPrefix(folder) && $0.count > folder.count }) else {
            return .missingMainPart(folder: folder)
        }
        return nil
    }

    /// The first entry of the archive (the one at offset 0) is `mimetype`, stored, holding the media type.
    private func openDocumentProblem(
        _ directory: ZipDirectory, names: Set<String>, size: UInt64, read: ZipDirectory.Reader
    ) -> ContainerProblem? {
        guard let first = directory.entries.min(by: { $0.localHeaderOffset < $1.localHeaderOffset }),
            first.localHeaderOffset == 0, first.name == "mimetype"
        else { return .mimetypeNotFirst }
        guard first.method == 0 else { return .mimetypeCompressed }
        let content: [UInt8]?
        do { content = try directory.storedContent(of: first, size: size, limit: 200, read) } catch {
            return .notAnArchive
        }
        guard let content, content == Array(rawValue.utf8) else { return .wrongMimetype }
        guard names.contains("META-INF/manifest.xml") else { return .missingManifest }
        return nil
    }
}
