-- Team accounts: invitations to join a workspace, and failed-attempt counters for rate limits.

-- An invitation link (7 days, single use). Only a SHA-256 of its token is stored.
CREATE TABLE invitations (
  token_hash TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  email TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'analyst', 'viewer')),
  can_see_costs INTEGER NOT NULL DEFAULT 0,
  -- JSON array of "platform:shopId", as members.shop_scope; NULL = all shops.
  shop_scope TEXT,
  invited_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER,
  -- The member the invitation created.
  used_by TEXT
);
CREATE INDEX invitations_workspace ON invitations (workspace_id, created_at);
CREATE INDEX invitations_expiry ON invitations (expires_at);

-- Failed attempts that count towards a rate limit. scope: 'login_email' and 'login_ip' (dashboard
-- login), 'pair_ip' (wrong pairing codes); subject: the email or IP. Not workspace data: an
-- attacker has no workspace yet, so this is the one table without workspace_id.
CREATE TABLE login_attempts (
  scope TEXT NOT NULL CHECK (scope IN ('login_email', 'login_ip', 'pair_ip')),
  subject TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX login_attempts_subject ON login_attempts (scope, subject, at);
CREATE INDEX login_attempts_at ON login_attempts (at);

-- Devices listed by who paired them (DELETE /devices/:id lets the creator revoke).
CREATE INDEX devices_workspace_created ON devices (workspace_id, created_at);
