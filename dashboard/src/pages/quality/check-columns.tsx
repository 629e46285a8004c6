import type { QualityFinding, QualityFindingOf } from "@tongshu/shared";
import type { Column } from "../../components/data-table.tsx";
import { PlatformBadge } from "../../components/platform-badge.tsx";
import type { Translate } from "../../i18n/translate.ts";
import { formatChange, formatMoney, NO_VALUE } from "../../lib/format.ts";
import { Link } from "../../router.tsx";
import { formatRuleValue, ruleLabelKey, safeLink, sourceKind } from "./quality-findings.ts";
import { TierBadge } from "./tier-badge.tsx";

export interface ColumnContext {
  t: Translate;
  /** Shop names by "platform:shopId". */
  names: Map<string, string>;
}

// Columns every check shares: tier, shop and (for dated findings) the day.
function tierColumn<R extends QualityFinding>(t: Translate): Column<R> {
  return {
    id: "tier",
    header: t("quality.col.tier"),
    kind: "text",
    // The word, so the CSV reads; rows already arrive most serious first.
    value: (r) => t(`quality.tier.${r.tier}`),
    render: (r) => <TierBadge tier={r.tier} />,
  };
}

function shopColumn<R extends QualityFinding>({ t, names }: ColumnContext): Column<R> {
  const name = (r: R) =>
    r.platform && r.shopId ? (names.get(`${r.platform}:${r.shopId}`) ?? r.shopId) : null;
  return {
    id: "shop",
    header: t("report.col.shop"),
    kind: "text",
    value: (r) => name(r) ?? t("quality.manyShops"),
    render: (r) =>
      r.platform ? (
        <span className="quality-shop-cell">
          <PlatformBadge platform={r.platform} /> {name(r)}
        </span>
      ) : (
        <span className="muted">{t("quality.manyShops")}</span>
      ),
  };
}

function dateColumn<R extends QualityFinding>(t: Translate): Column<R> {
  return { id: "date", header: t("quality.col.date"), kind: "text", value: (r) => r.date };
}

/** The finding's own link ("查看"), when the API gave a same-origin path; else `fallback`. */
function viewColumn<R extends QualityFinding>(
  t: Translate,
  label = t("quality.link.view"),
  fallback: string | null = null,
) {
  const column: Column<R> = {
    id: "view",
    header: t("quality.col.fix"),
    kind: "text",
    sortable: false,
    value: () => null,
    render: (r) => {
      const to = safeLink(r.link) ?? fallback;
      return to ? (
        <Link to={to} className="nowrap">
          {label}
        </Link>
      ) : (
        NO_VALUE
      );
    },
  };
  return column;
}

function sourceCell(t: Translate, fen: number, parser: string) {
  // The parser id is platform-side text: shown only as a tooltip, as text.
  return (
    <span title={parser}>
      {formatMoney(fen)}{" "}
      <span className="muted">
        {t("quality.sourceNote", { source: t(`quality.source.${sourceKind(parser)}`) })}
      </span>
    </span>
  );
}

export function keyConflictColumns(
  ctx: ColumnContext,
): Array<Column<QualityFindingOf<"key_conflict">>> {
  const { t } = ctx;
  return [
    tierColumn(t),
    shopColumn(ctx),
    dateColumn(t),
    { id: "order", header: t("quality.col.orderId"), kind: "text", value: (r) => r.orderId },
    {
      id: "stored",
      header: t("quality.col.stored"),
      kind: "fen",
      value: (r) => r.storedFen,
      render: (r) => sourceCell(t, r.storedFen, r.storedSource),
    },
    {
      id: "other",
      header: t("quality.col.other"),
      kind: "fen",
      value: (r) => r.otherFen,
      render: (r) => sourceCell(t, r.otherFen, r.otherSource),
    },
    {
      id: "diff",
      header: t("quality.col.diffFen"),
      kind: "fen",
      value: (r) => r.storedFen - r.otherFen,
    },
    viewColumn(t),
  ];
}

export function outOfRangeColumns(
  ctx: ColumnContext,
): Array<Column<QualityFindingOf<"out_of_range">>> {
  const { t } = ctx;
  const rule = (r: QualityFindingOf<"out_of_range">) => {
    const key = ruleLabelKey(r.rule);
    return key ? t(key) : r.rule;
  };
  return [
    tierColumn(t),
    shopColumn(ctx),
    dateColumn(t),
    { id: "rule", header: t("quality.col.rule"), kind: "text", value: rule },
    { id: "kind", header: t("quality.col.kind"), kind: "text", value: (r) => t(`kind.${r.kind}`) },
    {
      id: "subject",
      header: t("quality.col.subject"),
      kind: "text",
      value: (r) => r.subject,
      render: (r) => (
        <span className="quality-subject">
          {r.subject}
          {r.title ? <span className="quality-subject__title muted">{r.title}</span> : null}
        </span>
      ),
    },
    {
      id: "value",
      header: t("quality.col.value"),
      kind: "number",
      value: (r) => r.value,
      render: (r) => formatRuleValue(r.rule, r.value),
    },
    {
      id: "limit",
      header: t("quality.col.limit"),
      kind: "number",
      value: (r) => r.limit,
      render: (r) => formatRuleValue(r.rule, r.limit),
    },
    viewColumn(t),
  ];
}

export function dayTotalColumns(
  ctx: ColumnContext,
): Array<Column<QualityFindingOf<"day_total_mismatch">>> {
  const { t } = ctx;
  return [
    tierColumn(t),
    shopColumn(ctx),
    dateColumn(t),
    { id: "ordersFen", header: t("quality.col.ordersFen"), kind: "fen", value: (r) => r.ordersFen },
    { id: "orders", header: t("quality.col.orders"), kind: "count", value: (r) => r.orders },
    {
      id: "platformFen",
      header: t("quality.col.platformFen"),
      kind: "fen",
      value: (r) => r.platformFen,
    },
    {
      id: "platformOrders",
      header: t("quality.col.platformOrders"),
      kind: "count",
      value: (r) => r.platformOrders,
    },
    { id: "diffFen", header: t("quality.col.diffFen"), kind: "fen", value: (r) => r.diffFen },
    {
      id: "diffRatio",
      header: t("quality.col.diffRatio"),
      kind: "ratio",
      value: (r) => r.diffRatio,
      // Signed, as the difference is: orders below the platform's figure read "-4.0%".
      render: (r) => formatChange(r.diffRatio),
    },
    viewColumn(t),
  ];
}

export function outerCodeColumns(
  ctx: ColumnContext,
): Array<Column<QualityFindingOf<"outer_code_products">>> {
  const { t } = ctx;
  const productName = (name: string | null) => name ?? t("quality.unnamed");
  return [
    tierColumn(t),
    shopColumn(ctx),
    { id: "code", header: t("quality.col.outerCode"), kind: "text", value: (r) => r.outerCode },
    {
      id: "products",
      header: t("quality.col.products"),
      kind: "text",
      value: (r) =>
        r.products
          .map((p) => t("quality.productSkus", { name: productName(p.name), count: p.skus }))
          .join(" / "),
      render: (r) => (
        <ul className="quality-products">
          {r.products.map((p) => (
            <li key={p.productKey}>
              {t("quality.productSkus", { name: productName(p.name), count: p.skus })}
            </li>
          ))}
        </ul>
      ),
    },
    viewColumn(t, t("quality.link.links"), "/settings?section=products"),
  ];
}

export function missingCostColumns(
  ctx: ColumnContext,
): Array<Column<QualityFindingOf<"missing_cost">>> {
  const { t } = ctx;
  return [
    tierColumn(t),
    shopColumn(ctx),
    {
      id: "product",
      header: t("quality.col.product"),
      kind: "text",
      value: (r) => r.name ?? t("quality.unnamed"),
    },
    { id: "code", header: t("quality.col.outerCode"), kind: "text", value: (r) => r.outerCode },
    { id: "units", header: t("quality.col.units"), kind: "count", value: (r) => r.units },
    { id: "paid", header: t("quality.col.paidFen"), kind: "fen", value: (r) => r.paidFen },
    viewColumn(t, t("quality.link.costs"), "/settings?section=costs"),
  ];
}
