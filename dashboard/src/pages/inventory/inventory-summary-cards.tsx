import type { InventoryReport } from "@tongshu/shared";
import { useI18n } from "../../i18n/i18n-context.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { formatCount, NO_VALUE } from "../../lib/format.ts";
import { soonUntil } from "./inventory-lists.ts";
import type { InventorySummary } from "./inventory-summary.ts";

interface Card {
  id: keyof InventorySummary;
  label: MessageKey;
  note: string | null;
  /** Needs action now: drawn in the alert colour (its label says why, colour only helps). */
  alert: boolean;
}

/**
 * The headline figures. They are counts of the report's rows, not API KPIs, so the cards carry
 * `inventory-summary-*` test ids (the e2e suite checks every `kpi-*` card against an API KPI).
 */
export function InventorySummaryCards({
  summary,
  report,
}: {
  summary: InventorySummary;
  report: InventoryReport;
}) {
  const { t } = useI18n();
  const { settings } = report;
  const cards: Card[] = [
    {
      id: "stockOutSoon",
      label: "inventory.summary.stockOutSoon",
      note: t("inventory.summary.stockOutSoonNote", {
        date: soonUntil(report.meta.today),
        out: formatCount(summary.outOfStock),
      }),
      alert: summary.stockOutSoon > 0,
    },
    { id: "reorder", label: "inventory.summary.reorder", note: null, alert: summary.reorder > 0 },
    { id: "products", label: "inventory.summary.products", note: null, alert: false },
    {
      id: "totalStock",
      label: "inventory.summary.totalStock",
      note:
        summary.unknownStockSkus > 0
          ? t("inventory.summary.unknownSkus", { count: formatCount(summary.unknownStockSkus) })
          : null,
      alert: false,
    },
    {
      id: "overstock",
      label: "inventory.summary.overstock",
      note: t("inventory.summary.overstockNote", { days: String(settings.overstockDays) }),
      alert: false,
    },
    {
      id: "slowMoving",
      label: "inventory.summary.slowMoving",
      note: t("inventory.summary.slowMovingNote", { days: String(settings.slowMovingDays) }),
      alert: false,
    },
  ];
  return (
    <section className="inv-summary" aria-label={t("inventory.summary.label")}>
      {cards.map((card) => {
        const value = summary[card.id];
        return (
          <div
            key={card.id}
            className={card.alert ? "kpi-card inv-summary__card--alert" : "kpi-card"}
            data-testid={`inventory-summary-${card.id}`}
            data-value={value ?? ""}
          >
            <div className="kpi-card__label">{t(card.label)}</div>
            <div className="kpi-card__value">{value === null ? NO_VALUE : formatCount(value)}</div>
            {card.note ? <div className="kpi-card__note muted">{card.note}</div> : null}
          </div>
        );
      })}
    </section>
  );
}
