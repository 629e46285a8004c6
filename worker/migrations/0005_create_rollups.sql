-- Daily rollups the reports read instead of order lines (DESIGN: "reports read rollups, so their
-- cost follows days × shops, not orders"). Triggers mark every (shop, day) an order write
-- touches as dirty; the writer recomputes dirty days at the end of the same D1 batch
-- (worker/src/rollups), so rollups change in the same transaction as the orders they sum.
-- The triggers use an upsert clause, not INSERT OR IGNORE: an outer statement's conflict
-- algorithm would override OR IGNORE inside a trigger.

-- An order's refund spread over its lines (largest remainder, exact), so SKU refunds add up.
ALTER TABLE order_lines ADD COLUMN refund_fen INTEGER NOT NULL DEFAULT 0;

CREATE TABLE rollup_dirty (
  workspace_id TEXT NOT NULL,
  platform TEXT NOT NULL,
  shop_id TEXT NOT NULL,
  date TEXT NOT NULL,
  PRIMARY KEY (workspace_id, platform, shop_id, date)
) WITHOUT ROWID;

-- Paid orders by the Beijing day they were paid. `buyers` is a distinct count: never summed
-- across days or shops (reports count distinct buyer keys for longer spans).
CREATE TABLE rollup_shop_day (
  workspace_id TEXT NOT NULL,
  platform TEXT NOT NULL,
  shop_id TEXT NOT NULL,
  date TEXT NOT NULL,
  orders INTEGER NOT NULL,
  units INTEGER NOT NULL,
  goods_fen INTEGER NOT NULL,
  discount_fen INTEGER NOT NULL,
  shipping_fen INTEGER NOT NULL,
  paid_fen INTEGER NOT NULL,
  refund_fen INTEGER NOT NULL,
  refund_orders INTEGER NOT NULL,
  buyers INTEGER NOT NULL,
  -- Platform fees from captured settlements of these orders (positive = cost), and the net
  -- sales of the orders that have such settlements (the rest get the per-platform rate).
  settled_fee_fen INTEGER NOT NULL,
  settled_net_fen INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, platform, shop_id, date)
) WITHOUT ROWID;
CREATE INDEX rollup_shop_day_date ON rollup_shop_day (workspace_id, date);

-- Paid order lines by day and SKU (sku_key '0' for items without SKUs, as listings key them).
CREATE TABLE rollup_sku_day (
  workspace_id TEXT NOT NULL,
  platform TEXT NOT NULL,
  shop_id TEXT NOT NULL,
  date TEXT NOT NULL,
  item_id TEXT NOT NULL,
  sku_key TEXT NOT NULL,
  outer_sku_id TEXT,
  title TEXT NOT NULL,
  sku_text TEXT,
  orders INTEGER NOT NULL,
  units INTEGER NOT NULL,
  refunded_units INTEGER NOT NULL,
  paid_fen INTEGER NOT NULL,
  refund_fen INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, platform, shop_id, date, item_id, sku_key)
) WITHOUT ROWID;
CREATE INDEX rollup_sku_day_date ON rollup_sku_day (workspace_id, date);
CREATE INDEX rollup_sku_day_sku ON rollup_sku_day (workspace_id, platform, shop_id, item_id, sku_key, date);

-- Distinct buyers over a span come from here (index-only), not from order rows.
CREATE INDEX orders_paid_buyer ON orders (workspace_id, biz_date, platform, shop_id, buyer_key)
  WHERE paid_at IS NOT NULL;

CREATE TRIGGER orders_rollup_insert AFTER INSERT ON orders BEGIN
  INSERT INTO rollup_dirty VALUES (NEW.workspace_id, NEW.platform, NEW.shop_id, NEW.biz_date) ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER orders_rollup_update AFTER UPDATE ON orders BEGIN
  INSERT INTO rollup_dirty VALUES (OLD.workspace_id, OLD.platform, OLD.shop_id, OLD.biz_date) ON CONFLICT DO NOTHING;
  INSERT INTO rollup_dirty VALUES (NEW.workspace_id, NEW.platform, NEW.shop_id, NEW.biz_date) ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER orders_rollup_delete AFTER DELETE ON orders BEGIN
  INSERT INTO rollup_dirty VALUES (OLD.workspace_id, OLD.platform, OLD.shop_id, OLD.biz_date) ON CONFLICT DO NOTHING;
END;

-- A settlement changes the fees of its order's day.
CREATE TRIGGER settlements_rollup_insert AFTER INSERT ON settlements WHEN NEW.order_id IS NOT NULL BEGIN
  INSERT OR IGNORE INTO rollup_dirty
    SELECT workspace_id, platform, shop_id, biz_date FROM orders
    WHERE workspace_id = NEW.workspace_id AND platform = NEW.platform AND shop_id = NEW.shop_id
      AND order_id = NEW.order_id
  ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER settlements_rollup_update AFTER UPDATE ON settlements WHEN NEW.order_id IS NOT NULL BEGIN
  INSERT OR IGNORE INTO rollup_dirty
    SELECT workspace_id, platform, shop_id, biz_date FROM orders
    WHERE workspace_id = NEW.workspace_id AND platform = NEW.platform AND shop_id = NEW.shop_id
      AND order_id = NEW.order_id
  ON CONFLICT DO NOTHING;
END;

-- Orders stored before this migration: their days are dirty until the cron's rollup repair (or
-- the workspace's next ingest) computes them.
INSERT INTO rollup_dirty SELECT DISTINCT workspace_id, platform, shop_id, biz_date FROM orders;
