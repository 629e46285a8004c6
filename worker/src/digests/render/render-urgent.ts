import type { RenderedEmail, UrgentAlertsContent } from "../content.ts";
import { box, row } from "./blocks.ts";
import { cleanText } from "./clean-text.ts";
import { formatBeijingDateTime } from "./dates.ts";
import { formatCount } from "./format.ts";
import { html } from "./html.ts";
import { emailHtml, emailText, footerBlock, headerBlock } from "./layout.ts";
import { COLORS } from "./palette.ts";
import { alertRows } from "./sections/alert-rows.ts";
import { type Block, emptyNote } from "./sections/block.ts";
import { urgentSubject } from "./subject.ts";
import { translator } from "./translate.ts";

/** The immediate email for urgent alerts (stock-out within days, a shop that stopped syncing). */
export function renderUrgentAlerts(content: UrgentAlertsContent): RenderedEmail {
  const { locale, alerts } = content;
  const t = translator(locale);
  const subject = urgentSubject(alerts, t);
  const workspace = cleanText(content.workspaceName);
  const intro =
    alerts.length > 0
      ? t("urgent.intro", { count: formatCount(alerts.length) })
      : t("urgent.empty");
  const header = headerBlock({
    title: t("urgent.title"),
    workspaceName: workspace,
    headline: intro,
    notes: [t("header.generatedAt", { time: formatBeijingDateTime(content.generatedAt) })],
    accent: COLORS.urgent,
  });
  const list = alerts.length > 0 ? alertRows(alerts, t, locale) : null;
  const body: Block = {
    html: row(
      box(
        list?.html ?? emptyNote(t("urgent.empty")),
        ["padding:16px 24px 8px"],
        html` class="ts-pad"`,
      ),
    ),
    text: list?.text ?? [t("urgent.empty")],
  };
  const footer = footerBlock(
    {
      main: { label: t("urgent.viewAll"), url: content.links.alerts },
      settings: content.links.settings,
      unsubscribe: content.links.unsubscribe,
      why: t("footer.why.urgent", { workspace }),
    },
    t,
  );
  const blocks = [header, body, footer];
  return {
    subject,
    html: emailHtml({ locale, subject, preheader: `${workspace} · ${intro}`, blocks }),
    text: emailText(blocks),
  };
}
