import SQLKit

/// Whether an attachment's text can be searched yet: read at once when it was received, waiting for OCR,
/// read by OCR, or not (with the reason). Shown with each attachment on item pages and in the API.
public enum AttachmentTextState: Sendable, Equatable, RowEmbedded {
    /// No text was read and none will be (a file type without text, or an empty one).
    case none
    /// Its OCR job is queued or running.
    case waiting
    case done
    case failed(reason: String)

    /// The state of the attachment row aliased `a`, as the columns `text_state` and `text_failure`: the state of
    /// its latest OCR job, else `done` when text was read on receipt; and `has_searchable_pdf`, whether OCR made a
    /// searchable PDF of it (`Attachment.hasSearchablePDF`). (Only ever selected with an attachment the reader may
    /// see: the outer query is trimmed.)
    package static let columns: SQLQueryString = """
        , COALESCE((SELECT j.state FROM jobs j WHERE j.subject = a.id AND j.kind = 'attachment.ocr'
                    ORDER BY j.created_at DESC, j.id DESC LIMIT 1),
                   (SELECT 'done' FROM attachment_texts t WHERE t.attachment_id = a.id)) AS text_state,
          (SELECT j.last_error FROM jobs j WHERE j.subject = a.id AND j.kind = 'attachment.ocr'
           ORDER BY j.created_at DESC, j.id DESC LIMIT 1) AS text_failure,
          EXISTS (SELECT 1 FROM attachment_searchable_pdfs p WHERE p.attachment_id = a.id) AS has_searchable_pdf
        """

    /// Reads `text_state` and `text_failure` from the attachment's own row (`row.decodeModel`).
    public init(from decoder: any Decoder) throws {
        let row = try decoder.container(keyedBy: CodingKeys.self)
        switch try row.decode(String?.self, forKey: .textState) {
        case "queued", "running": self = .waiting
        case "done": self = .done
        case "failed": self = .failed(reason: try row.decode(String?.self, forKey: .textFailure) ?? "")
        default: self = .none
        }
    }

    private enum CodingKeys: String, CodingKey {
        case textState, textFailure
    }

    /// The name of the state in the API and the key of its words on pages (`attachment.text.<name>`).
    public var name: String {
        switch self {
        case .none: "none"
        case .waiting: "waiting"
        case .done: "done"
        case .failed: "failed"
        }
    }

    public var failureReason: String? {
        if case .failed(let reason) = self { reason } else { nil }
    }
}
