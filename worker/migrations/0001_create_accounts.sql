-- Workspaces, members and their credentials. Every table carries workspace_id.
CREATE TABLE workspaces (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  -- HMAC secret for buyerKey; handed to paired devices so one buyer gets one key team-wide.
  buyer_key_secret TEXT NOT NULL,
  created_at INTEGER NOT NULL
);

CREATE TABLE members (
  workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  email TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'analyst', 'viewer')),
  locale TEXT NOT NULL DEFAULT 'zh-CN' CHECK (locale IN ('zh-CN', 'en')),
  password_hash TEXT NOT NULL,
  password_salt TEXT NOT NULL,
  password_iterations INTEGER NOT NULL,
  can_see_costs INTEGER NOT NULL DEFAULT 0,
  -- JSON array of "platform:shopId" the member is limited to; NULL = all shops.
  shop_scope TEXT,
  created_at INTEGER NOT NULL,
  disabled_at INTEGER,
  PRIMARY KEY (workspace_id, id)
);
-- One login per email across the deployment: login finds the workspace by email.
CREATE UNIQUE INDEX members_email ON members (email);

CREATE TABLE sessions (
  -- SHA-256 of the cookie token; the token itself is never stored.
  token_hash TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL,
  member_id TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  FOREIGN KEY (workspace_id, member_id) REFERENCES members (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX sessions_member ON sessions (workspace_id, member_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE devices (
  workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER,
  revoked_at INTEGER,
  PRIMARY KEY (workspace_id, id)
);
CREATE UNIQUE INDEX devices_token ON devices (token_hash);

CREATE TABLE pairing_codes (
  code_hash TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER
);
CREATE INDEX pairing_codes_workspace ON pairing_codes (workspace_id);

CREATE TABLE audit_log (
  workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  actor_type TEXT NOT NULL CHECK (actor_type IN ('member', 'device', 'system')),
  actor_id TEXT,
  action TEXT NOT NULL,
  target TEXT,
  details TEXT
);
CREATE INDEX audit_log_workspace_at ON audit_log (workspace_id, at);
