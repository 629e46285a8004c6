-- What the profit and product reports need from the seller: product groups, manual links,
-- costs with effective dates, and per-platform fee settings.

-- A cross-platform product. Outer codes (商家编码) group SKUs automatically; a product row
-- exists once a user names, links or costs one.
CREATE TABLE products (
  workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  product_id TEXT NOT NULL,
  name TEXT NOT NULL,
  outer_code TEXT,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, product_id)
);
CREATE UNIQUE INDEX products_outer_code ON products (workspace_id, outer_code);

-- A manual link: this platform SKU belongs to that product, whatever its outer code says.
CREATE TABLE product_links (
  workspace_id TEXT NOT NULL,
  platform TEXT NOT NULL,
  shop_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  sku_id TEXT NOT NULL,
  product_id TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  PRIMARY KEY (workspace_id, platform, shop_id, item_id, sku_id),
  FOREIGN KEY (workspace_id, product_id) REFERENCES products (workspace_id, product_id) ON DELETE CASCADE
);

-- Unit cost of a product (by outer code) from a date on. Profit on a day uses the row with the
-- latest effective_from on or before that day, so editing today never rewrites history.
CREATE TABLE costs (
  workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  outer_code TEXT NOT NULL,
  effective_from TEXT NOT NULL,
  unit_cost_fen INTEGER NOT NULL CHECK (unit_cost_fen >= 0),
  packaging_fen INTEGER NOT NULL DEFAULT 0 CHECK (packaging_fen >= 0),
  created_at INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  PRIMARY KEY (workspace_id, outer_code, effective_from)
);

-- Fees where settlements were not captured: commission in basis points of paid amount,
-- shipping per order in fen.
CREATE TABLE platform_settings (
  workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  platform TEXT NOT NULL CHECK (platform IN ('taobao', 'tmall', 'jd', 'pdd')),
  commission_bp INTEGER NOT NULL DEFAULT 0 CHECK (commission_bp BETWEEN 0 AND 10000),
  shipping_fen_per_order INTEGER NOT NULL DEFAULT 0 CHECK (shipping_fen_per_order >= 0),
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, platform)
);
