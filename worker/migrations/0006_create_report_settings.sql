-- Settings the reports need (costs per product with effective dates, fees, lead times, other
-- costs, alert thresholds) and the alerts the rules raise.

-- Costs belong to a product (which may group SKUs with no outer code, by manual links), not to
-- an outer code. Nothing wrote the old table yet.
DROP TABLE costs;
CREATE TABLE product_costs (
  workspace_id TEXT NOT NULL,
  product_id TEXT NOT NULL,
  effective_from TEXT NOT NULL,
  unit_cost_fen INTEGER NOT NULL CHECK (unit_cost_fen >= 0),
  packaging_fen INTEGER NOT NULL DEFAULT 0 CHECK (packaging_fen >= 0),
  created_at INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  PRIMARY KEY (workspace_id, product_id, effective_from),
  FOREIGN KEY (workspace_id, product_id) REFERENCES products (workspace_id, product_id) ON DELETE CASCADE
);

-- Replenishment per product; NULL = the workspace default.
ALTER TABLE products ADD COLUMN lead_time_days INTEGER CHECK (lead_time_days BETWEEN 0 AND 365);
ALTER TABLE products ADD COLUMN safety_stock_days INTEGER CHECK (safety_stock_days BETWEEN 0 AND 365);

-- Service fees (e.g. 天猫技术服务费 on top of commission, 京东平台使用费), basis points of net sales.
ALTER TABLE platform_settings ADD COLUMN service_fee_bp INTEGER NOT NULL DEFAULT 0
  CHECK (service_fee_bp BETWEEN 0 AND 10000);

-- Costs that belong to no order (rent, wages, samples), booked on a Beijing day; platform and
-- shop narrow them, NULL = the whole workspace.
CREATE TABLE other_costs (
  workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  date TEXT NOT NULL,
  platform TEXT CHECK (platform IN ('taobao', 'tmall', 'jd', 'pdd')),
  shop_id TEXT,
  category TEXT NOT NULL,
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
  note TEXT,
  created_at INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  PRIMARY KEY (workspace_id, id)
);
CREATE INDEX other_costs_date ON other_costs (workspace_id, date);

-- One row per changed rule; rules without a row use their defaults (worker/src/alerts/rules).
CREATE TABLE alert_rules (
  workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  rule TEXT NOT NULL,
  enabled INTEGER NOT NULL DEFAULT 1,
  params TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (workspace_id, rule)
);

-- Workspace-wide report defaults (replenishment and inventory list thresholds).
CREATE TABLE report_settings (
  workspace_id TEXT PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
  lead_time_days INTEGER NOT NULL DEFAULT 15,
  safety_stock_days INTEGER NOT NULL DEFAULT 7,
  slow_moving_days INTEGER NOT NULL DEFAULT 30,
  overstock_days INTEGER NOT NULL DEFAULT 90,
  updated_at INTEGER NOT NULL
);

-- An alert is one finding of one rule about one subject (a shop, a SKU, a campaign) on one
-- day; evaluating again updates it instead of adding a copy.
CREATE TABLE alerts (
  workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  rule TEXT NOT NULL,
  subject TEXT NOT NULL,
  platform TEXT,
  shop_id TEXT,
  date TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('urgent', 'warning', 'info')),
  state TEXT NOT NULL CHECK (state IN ('new', 'seen', 'resolved')),
  evidence TEXT NOT NULL,
  link TEXT NOT NULL,
  first_seen_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  state_changed_at INTEGER NOT NULL,
  state_changed_by TEXT,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, rule, subject, date)
);
CREATE INDEX alerts_state ON alerts (workspace_id, state, date);
