-- Backfill from platform exports and data quality (issue 9).

-- One file imported into one shop. Totals add up over the batches the Worker received, so the
-- log stays true when the browser is closed halfway.
CREATE TABLE imports (
  workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  file_name TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  format TEXT NOT NULL,
  platform TEXT NOT NULL CHECK (platform IN ('taobao', 'tmall', 'jd', 'pdd')),
  shop_id TEXT NOT NULL,
  -- The shop's name as the importer chose it (the log shows it even before any record lands).
  shop_name TEXT,
  rows INTEGER NOT NULL,
  records INTEGER NOT NULL,
  skipped_rows INTEGER NOT NULL,
  batches INTEGER NOT NULL DEFAULT 0,
  accepted INTEGER NOT NULL DEFAULT 0,
  written INTEGER NOT NULL DEFAULT 0,
  rejected INTEGER NOT NULL DEFAULT 0,
  duplicate_batches INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed')),
  -- Member id of who started it (no foreign key: the log outlives a removed member).
  created_by TEXT,
  created_at INTEGER NOT NULL,
  finished_at INTEGER,
  PRIMARY KEY (workspace_id, id)
);
CREATE INDEX imports_recent ON imports (workspace_id, created_at);

-- The same paid order seen with two different paid amounts from two sources (an export and a
-- capture, or two parsers). The upsert keeps one version; this keeps the disagreement so the
-- data-quality page can show it. One row per order: the latest disagreement.
CREATE TABLE record_conflicts (
  workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('order')),
  platform TEXT NOT NULL,
  shop_id TEXT NOT NULL,
  record_id TEXT NOT NULL,
  biz_date TEXT NOT NULL,
  -- The version stored before the disagreeing one arrived, and the arriving one.
  stored_fen INTEGER NOT NULL,
  stored_parser TEXT NOT NULL,
  stored_captured_at INTEGER NOT NULL,
  incoming_fen INTEGER NOT NULL,
  incoming_parser TEXT NOT NULL,
  incoming_captured_at INTEGER NOT NULL,
  detected_at INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, kind, platform, shop_id, record_id)
);
CREATE INDEX record_conflicts_day ON record_conflicts (workspace_id, biz_date);
