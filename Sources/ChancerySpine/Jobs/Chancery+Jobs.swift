import Logging

extension Chancery {
    /// The spine's job queue (background work kept in the database).
    package var jobs: JobQueue { JobQueue(database: database, audit: audit, catalog: catalog) }

    /// The work the spine's workers know how to do.
    package var jobHandlers: [any JobHandler] { [attachments.ocrHandler] }

    /// A worker of this process (`index` from 1), taking every kind of job the spine knows.
    package func jobWorker(_ index: Int = 1, queue: JobQueue? = nil) -> JobWorker {
        JobWorker(
            queue: queue ?? jobs, handlers: jobHandlers, name: JobQueue.workerName(index), logger: logger)
    }

    /// How many workers `chancery serve` runs: `CHANCERY_JOB_WORKERS` (0 runs none, leaving the work to other
    /// nodes), at most one on SQLite (one writer at a time).
    package var jobWorkerCount: Int {
        let wanted = configuration.jobWorkers
        return database.engine == .sqlite ? min(wanted, 1) : wanted
    }
}
