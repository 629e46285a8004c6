-- Canonical records (DESIGN.md), one table per kind, keyed by workspace + natural key.
-- Common columns: captured_at (the upsert rule: newer wins), record_hash (deterministic
-- tie-break for equal captures, and the content checksum sync tests compare), source_*,
-- received_at (when the Worker stored this version).

CREATE TABLE shops (
  workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  platform TEXT NOT NULL CHECK (platform IN ('taobao', 'tmall', 'jd', 'pdd')),
  shop_id TEXT NOT NULL,
  shop_name TEXT,
  first_seen_at INTEGER NOT NULL,
  last_captured_at INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, platform, shop_id)
);

CREATE TABLE orders (
  workspace_id TEXT NOT NULL,
  platform TEXT NOT NULL,
  shop_id TEXT NOT NULL,
  order_id TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  paid_at INTEGER,
  shipped_at INTEGER,
  completed_at INTEGER,
  goods_fen INTEGER NOT NULL,
  shipping_fen INTEGER NOT NULL,
  discount_fen INTEGER NOT NULL,
  paid_fen INTEGER NOT NULL,
  refund_fen INTEGER NOT NULL,
  province TEXT,
  city TEXT,
  buyer_key TEXT,
  -- Beijing business date of payment (creation when unpaid): the day reports count it on.
  biz_date TEXT NOT NULL,
  captured_at INTEGER NOT NULL,
  record_hash TEXT NOT NULL,
  source_url TEXT NOT NULL,
  source_parser TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  -- Set to the writing call's token whenever this version is written, so the same D1 batch can
  -- replace the lines of exactly the orders it changed.
  write_token TEXT NOT NULL,
  PRIMARY KEY (workspace_id, platform, shop_id, order_id),
  FOREIGN KEY (workspace_id, platform, shop_id) REFERENCES shops (workspace_id, platform, shop_id)
);
CREATE INDEX orders_day ON orders (workspace_id, biz_date, platform, shop_id);
CREATE INDEX orders_buyer ON orders (workspace_id, platform, buyer_key);
CREATE INDEX orders_write_token ON orders (write_token);

CREATE TABLE order_lines (
  workspace_id TEXT NOT NULL,
  platform TEXT NOT NULL,
  shop_id TEXT NOT NULL,
  order_id TEXT NOT NULL,
  line_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  sku_id TEXT,
  outer_sku_id TEXT,
  title TEXT NOT NULL,
  sku_text TEXT,
  quantity INTEGER NOT NULL,
  unit_price_fen INTEGER NOT NULL,
  paid_fen INTEGER NOT NULL,
  refund_status TEXT NOT NULL,
  PRIMARY KEY (workspace_id, platform, shop_id, order_id, line_id),
  FOREIGN KEY (workspace_id, platform, shop_id, order_id)
    REFERENCES orders (workspace_id, platform, shop_id, order_id) ON DELETE CASCADE
);
CREATE INDEX order_lines_sku ON order_lines (workspace_id, platform, shop_id, item_id, sku_id);

CREATE TABLE skus (
  workspace_id TEXT NOT NULL,
  platform TEXT NOT NULL,
  shop_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  sku_id TEXT NOT NULL,
  outer_sku_id TEXT,
  title TEXT NOT NULL,
  sku_text TEXT,
  price_fen INTEGER NOT NULL,
  stock INTEGER,
  status TEXT NOT NULL,
  captured_at INTEGER NOT NULL,
  record_hash TEXT NOT NULL,
  source_url TEXT NOT NULL,
  source_parser TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, platform, shop_id, item_id, sku_id),
  FOREIGN KEY (workspace_id, platform, shop_id) REFERENCES shops (workspace_id, platform, shop_id)
);
CREATE INDEX skus_outer ON skus (workspace_id, outer_sku_id);

CREATE TABLE traffic (
  workspace_id TEXT NOT NULL,
  platform TEXT NOT NULL,
  shop_id TEXT NOT NULL,
  date TEXT NOT NULL,
  days INTEGER NOT NULL,
  -- '' for shop level: SQLite treats NULLs as distinct in keys, so the key column is never NULL.
  item_key TEXT NOT NULL,
  item_id TEXT,
  visitors INTEGER,
  page_views INTEGER,
  buyers INTEGER,
  paid_orders INTEGER,
  paid_fen INTEGER,
  cart_buyers INTEGER,
  fav_buyers INTEGER,
  captured_at INTEGER NOT NULL,
  record_hash TEXT NOT NULL,
  source_url TEXT NOT NULL,
  source_parser TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, platform, shop_id, date, days, item_key),
  FOREIGN KEY (workspace_id, platform, shop_id) REFERENCES shops (workspace_id, platform, shop_id)
);
CREATE INDEX traffic_day ON traffic (workspace_id, date, days);

CREATE TABLE ads (
  workspace_id TEXT NOT NULL,
  platform TEXT NOT NULL,
  shop_id TEXT NOT NULL,
  date TEXT NOT NULL,
  channel TEXT NOT NULL,
  campaign_id TEXT NOT NULL,
  campaign_name TEXT,
  item_id TEXT,
  spend_fen INTEGER NOT NULL,
  impressions INTEGER NOT NULL,
  clicks INTEGER NOT NULL,
  attributed_orders INTEGER NOT NULL,
  attributed_fen INTEGER NOT NULL,
  captured_at INTEGER NOT NULL,
  record_hash TEXT NOT NULL,
  source_url TEXT NOT NULL,
  source_parser TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, platform, shop_id, date, channel, campaign_id),
  FOREIGN KEY (workspace_id, platform, shop_id) REFERENCES shops (workspace_id, platform, shop_id)
);
CREATE INDEX ads_day ON ads (workspace_id, date);

CREATE TABLE refunds (
  workspace_id TEXT NOT NULL,
  platform TEXT NOT NULL,
  shop_id TEXT NOT NULL,
  refund_id TEXT NOT NULL,
  order_id TEXT NOT NULL,
  line_id TEXT,
  amount_fen INTEGER NOT NULL,
  reason TEXT,
  status TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  completed_at INTEGER,
  biz_date TEXT NOT NULL,
  captured_at INTEGER NOT NULL,
  record_hash TEXT NOT NULL,
  source_url TEXT NOT NULL,
  source_parser TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, platform, shop_id, refund_id),
  FOREIGN KEY (workspace_id, platform, shop_id) REFERENCES shops (workspace_id, platform, shop_id)
);
CREATE INDEX refunds_day ON refunds (workspace_id, biz_date);
CREATE INDEX refunds_order ON refunds (workspace_id, platform, shop_id, order_id);

CREATE TABLE settlements (
  workspace_id TEXT NOT NULL,
  platform TEXT NOT NULL,
  shop_id TEXT NOT NULL,
  entry_id TEXT NOT NULL,
  order_id TEXT,
  occurred_at INTEGER NOT NULL,
  type TEXT NOT NULL,
  amount_fen INTEGER NOT NULL,
  biz_date TEXT NOT NULL,
  captured_at INTEGER NOT NULL,
  record_hash TEXT NOT NULL,
  source_url TEXT NOT NULL,
  source_parser TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, platform, shop_id, entry_id),
  FOREIGN KEY (workspace_id, platform, shop_id) REFERENCES shops (workspace_id, platform, shop_id)
);
CREATE INDEX settlements_day ON settlements (workspace_id, biz_date);
CREATE INDEX settlements_order ON settlements (workspace_id, platform, shop_id, order_id);

-- Idempotency of sync: a batch id seen before returns its first result and changes nothing.
CREATE TABLE ingest_batches (
  workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  batch_id TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  device_id TEXT,
  result TEXT NOT NULL,
  PRIMARY KEY (workspace_id, batch_id)
);
