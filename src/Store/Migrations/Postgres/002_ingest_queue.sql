-- The work queue of `thidua ingest --enqueue` and `thidua worker`: one job per (content, path); the bytes are in source_blobs.
CREATE TABLE ingest_jobs (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sha256 TEXT NOT NULL,
    path TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    worker TEXT,
    lease_until BIGINT,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (sha256, path)
);
CREATE INDEX ingest_jobs_open ON ingest_jobs (state, id) WHERE state IN ('queued', 'running');
