import SQLKit

/// The spine's job queue (background work kept in the database, so that it survives a restart and several nodes
/// share it) and the searchable PDFs that OCR makes beside scanned attachments.
///
/// A job concerns one object (`object_id`): whoever may not read that object never learns of the job.
/// `lease_until` is when a running job's worker is presumed dead and the job may be claimed again.
package struct CreateJobs: Migration {
    package let version = 16
    package let name = "CreateJobs"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE jobs (
                id TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                subject TEXT NOT NULL,
                object_id TEXT NOT NULL REFERENCES objects(id),
                state TEXT NOT NULL,
                attempts BIGINT NOT NULL DEFAULT 0,
                max_attempts BIGINT NOT NULL,
                run_after BIGINT NOT NULL,
                claimed_by TEXT,
                lease_until BIGINT,
                last_error TEXT,
                created_at BIGINT NOT NULL,
                finished_at BIGINT
            )
            """,
            "CREATE INDEX jobs_ready ON jobs (state, run_after)",
            "CREATE INDEX jobs_subject ON jobs (subject, kind)",
            "CREATE INDEX jobs_object ON jobs (object_id)",
            """
            CREATE TABLE attachment_searchable_pdfs (
                attachment_id TEXT PRIMARY KEY REFERENCES attachments(id),
                sha256 TEXT NOT NULL REFERENCES blobs(sha256),
                size BIGINT NOT NULL,
                made_at BIGINT NOT NULL
            )
            """,
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run(["DROP TABLE attachment_searchable_pdfs", "DROP TABLE jobs"])
    }
}
