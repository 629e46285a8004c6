import type {
  AlertEvidence,
  AlertRuleId,
  AlertSeverity,
  DateRange,
  DigestSection,
  Locale,
  Platform,
} from "@tongshu/shared";

/** A figure of the period with its 环比 (previous period) and 同比 (same period last year). */
export interface DigestFigure {
  value: number | null;
  previous: number | null;
  lastYear: number | null;
  /** Relative change (0.1 = +10%); null when the base is zero or unknown. */
  vsPrevious: number | null;
  vsLastYear: number | null;
}

export interface DigestPlatformRow {
  platform: Platform;
  paidFen: number;
  orders: number;
  /** Share of the total paid amount (0..1); null when the total is zero. */
  share: number | null;
  vsPrevious: number | null;
}

export interface DigestProductRow {
  /** Untrusted platform text: escaped when rendered. */
  name: string;
  units: number;
  paidFen: number;
  /** Share of all products' paid amount (0..1). */
  share: number | null;
  previousPaidFen: number;
  /** Paid amount change vs the previous period; null when it had none (a new seller). */
  paidVsPrevious: number | null;
}

export interface DigestStockRow {
  /** Untrusted platform text. */
  name: string;
  /** Σ known stock; null when unknown. */
  stock: number | null;
  daysOfCover: number | null;
  /** Beijing date stock runs out at the current pace; null when unknown. */
  stockOutDate: string | null;
  /** Units to order now (reorder suggestion); null when no reorder is needed. */
  reorderQuantity: number | null;
}

export interface DigestAlertRow {
  rule: AlertRuleId;
  severity: AlertSeverity;
  platform: Platform | null;
  /** Untrusted (the shop's own name), or the shop id when the name is unknown. */
  shopName: string | null;
  date: string;
  /** The rule's measured figures (fen, ratios, counts, dates; names as plain text). */
  evidence: AlertEvidence;
  /** Absolute dashboard URL of the finding. */
  url: string;
}

/** Everything one digest email shows, already narrowed to what the recipient may see. */
export interface DigestContent {
  locale: Locale;
  /** Untrusted (typed by the owner). */
  workspaceName: string;
  kind: "daily" | "weekly" | "monthly";
  range: DateRange;
  previous: DateRange;
  lastYear: DateRange;
  /** Names of the shops covered; null = all shops the recipient may see. */
  shops: string[] | null;
  /** The sections to render, in order (profit already removed when not visible). */
  sections: DigestSection[];
  sales: {
    paidFen: DigestFigure;
    netSalesFen: DigestFigure;
    orders: DigestFigure;
    aovFen: DigestFigure;
    refundRate: DigestFigure;
    platforms: DigestPlatformRow[];
  };
  /** Null when the recipient may not see profit or the section is off. */
  profit: {
    profitFen: DigestFigure;
    /** Profit ÷ net sales. */
    marginRate: DigestFigure;
    /** Share of sold units whose cost is known (0..1): profit is only as good as this. */
    costCoverage: number | null;
  } | null;
  products: {
    /** Best sellers of the period by paid amount (at most 5). */
    top: DigestProductRow[];
    /** Biggest rises and falls in paid amount vs the previous period (at most 3 each). */
    risers: DigestProductRow[];
    fallers: DigestProductRow[];
  };
  stock: {
    /** Products running out soonest, then reorder suggestions (at most 8). */
    rows: DigestStockRow[];
    lowStockCount: number;
    reorderCount: number;
  };
  alerts: {
    /** Open (new or seen) alerts in the recipient's shops. */
    openCount: number;
    urgentCount: number;
    /** Most severe first (at most 5). */
    rows: DigestAlertRow[];
  };
  links: {
    /** The dashboard's 总览 with the digest's range and shops as filters. */
    dashboard: string;
    /** The 预警 page with the open alerts of the digest's shops. */
    alerts: string;
    /** The recipient's digest settings. */
    settings: string;
    /** One-click unsubscribe (signed token). */
    unsubscribe: string;
  };
  /** When the figures were read (epoch ms). */
  generatedAt: number;
}

/** An immediate email for urgent alerts found since the recipient's last one. */
export interface UrgentAlertsContent {
  locale: Locale;
  workspaceName: string;
  alerts: DigestAlertRow[];
  links: { alerts: string; settings: string; unsubscribe: string };
  generatedAt: number;
}

/** A rendered email: both parts are complete documents, the text part stands on its own. */
export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}
