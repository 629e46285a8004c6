-- Email digests (issue 8): who gets which email when, every send attempt, and what urgent
-- alerts each recipient was already told about.

-- One recipient's schedule. member_id NULL = an outside address (never shown profit).
CREATE TABLE digest_subscriptions (
  workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  member_id TEXT,
  email TEXT NOT NULL,
  locale TEXT NOT NULL CHECK (locale IN ('zh-CN', 'en')),
  frequency TEXT NOT NULL CHECK (frequency IN ('daily', 'weekly', 'monthly', 'off')),
  -- Beijing "HH:MM" on the quarter hour.
  send_at TEXT NOT NULL DEFAULT '08:30',
  -- JSON array of "platform:shopId"; NULL = every shop the recipient may see.
  shops TEXT,
  -- JSON array of section ids (sales, profit, products, stock, alerts).
  sections TEXT NOT NULL,
  urgent_alerts INTEGER NOT NULL DEFAULT 1 CHECK (urgent_alerts IN (0, 1)),
  unsubscribed_at INTEGER,
  created_by TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, email)
);

-- One email to one recipient. The row is written (claimed) before the send and updated after,
-- and (subscription, period) is unique: a cron that fires twice or late cannot send a period
-- twice, and a retry updates the same row.
CREATE TABLE digest_sends (
  workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  subscription_id TEXT NOT NULL,
  email TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('digest', 'alerts', 'manual')),
  period TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'retry', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  next_attempt_at INTEGER,
  claimed_at INTEGER,
  message_id TEXT,
  sent_at INTEGER,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, subscription_id, period)
);
CREATE INDEX digest_sends_due ON digest_sends (status, next_attempt_at);
CREATE INDEX digest_sends_recent ON digest_sends (workspace_id, subscription_id, created_at);

-- The last time a recipient was emailed about a rule's subject (a shop, a product in a shop):
-- a flapping rule re-opens alerts with new ids, but the subject is emailed once per 24 hours.
CREATE TABLE alert_emails (
  workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  subscription_id TEXT NOT NULL,
  rule TEXT NOT NULL,
  subject TEXT NOT NULL,
  sent_at INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, subscription_id, rule, subject)
);

-- Per workspace: the key that signs unsubscribe links, and the dashboard address links use
-- (the origin an admin last saved digest settings from; PUBLIC_URL overrides it).
CREATE TABLE mail_settings (
  workspace_id TEXT NOT NULL PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
  signing_key TEXT NOT NULL,
  dashboard_origin TEXT,
  updated_at INTEGER NOT NULL
);

-- The dev transport's mailbox (MAIL_TRANSPORT = "outbox", set by `npm start`): whole MIME
-- messages, kept in the local D1 so they survive restarts of the dev server.
CREATE TABLE mail_outbox (
  id TEXT NOT NULL PRIMARY KEY,
  workspace_id TEXT,
  recipient TEXT NOT NULL,
  subject TEXT NOT NULL,
  raw TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX mail_outbox_created ON mail_outbox (created_at);
