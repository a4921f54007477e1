-- Sources: each file once by SHA-256; the bytes live content-addressed in <db>.blobs/.
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    file_name TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    review_state TEXT NOT NULL DEFAULT 'unreviewed',
    latest_extraction_id INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Every name and path a source arrived under.
CREATE TABLE source_paths (
    source_id INTEGER NOT NULL REFERENCES sources(id),
    path TEXT NOT NULL,
    first_seen_at INTEGER NOT NULL,
    PRIMARY KEY (source_id, path)
);

-- One extraction per source x pipeline version; the document's key fields as columns for queries.
CREATE TABLE extractions (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    version INTEGER NOT NULL,
    pipeline_version TEXT NOT NULL,
    status TEXT NOT NULL,
    error_code TEXT,
    error_message TEXT,
    report_json TEXT,
    elapsed_ms INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    format TEXT,
    doc_type TEXT,
    doc_number TEXT,
    doc_symbol TEXT,
    title TEXT,
    issuer TEXT,
    place TEXT,
    year INTEGER,
    period TEXT,
    doc_date TEXT,
    page_count INTEGER,
    flag_count INTEGER NOT NULL DEFAULT 0,
    error_flag_count INTEGER NOT NULL DEFAULT 0,
    award_count INTEGER NOT NULL DEFAULT 0,
    UNIQUE (source_id, pipeline_version),
    UNIQUE (source_id, version)
);

CREATE TABLE awards (
    extraction_id INTEGER NOT NULL REFERENCES extractions(id),
    ordinal INTEGER NOT NULL,
    award TEXT NOT NULL,
    name TEXT,
    level TEXT,
    grantor TEXT,
    recipient TEXT NOT NULL,
    count INTEGER NOT NULL,
    basis TEXT,
    status TEXT NOT NULL,
    source_kind TEXT,
    block_id TEXT,
    table_id TEXT,
    quote TEXT,
    PRIMARY KEY (extraction_id, ordinal)
);

CREATE TABLE figures (
    extraction_id INTEGER NOT NULL REFERENCES extractions(id),
    ordinal INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT,
    unit TEXT,
    block_id TEXT,
    PRIMARY KEY (extraction_id, ordinal)
);

CREATE TABLE flags (
    extraction_id INTEGER NOT NULL REFERENCES extractions(id),
    flag_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    severity TEXT NOT NULL,
    message TEXT NOT NULL,
    stated TEXT,
    computed TEXT,
    expression TEXT,
    quote TEXT,
    section_path TEXT,
    block_id TEXT,
    table_id TEXT,
    page INTEGER,
    PRIMARY KEY (extraction_id, flag_id)
);

CREATE TABLE checks (
    extraction_id INTEGER NOT NULL REFERENCES extractions(id),
    check_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    stated TEXT,
    computed TEXT,
    expression TEXT,
    quote TEXT,
    flag_id TEXT,
    block_id TEXT,
    table_id TEXT,
    page INTEGER,
    PRIMARY KEY (extraction_id, check_id)
);

-- Review corrections belong to the source, never to an extraction row: a re-extraction cannot overwrite them.
CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    version INTEGER NOT NULL,
    target TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    comment TEXT,
    user_name TEXT NOT NULL,
    at INTEGER NOT NULL
);

CREATE TABLE users (
    name TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

-- Append-only: triggers refuse updates and deletes.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL,
    source_id INTEGER,
    detail TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE INDEX extractions_issuer ON extractions(issuer);
CREATE INDEX extractions_year ON extractions(year);
CREATE INDEX corrections_source ON corrections(source_id);
CREATE INDEX audit_log_source ON audit_log(source_id);
