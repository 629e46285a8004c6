import type { DigestContent, RenderedEmail } from "../content.ts";
import { cleanText } from "./clean-text.ts";
import { formatBeijingDateTime, formatPeriod } from "./dates.ts";
import { formatCount } from "./format.ts";
import { emailHtml, emailText, footerBlock, headerBlock } from "./layout.ts";
import { COLORS } from "./palette.ts";
import { renderSections } from "./sections/index.ts";
import { digestSubject } from "./subject.ts";
import { type Translate, translator } from "./translate.ts";

/** Shops named in the header; a long list is cut, with the total said. */
const SHOPS_SHOWN = 5;

function shopsLine(shops: string[] | null, t: Translate): string {
  if (shops === null) return t("header.shopsAll");
  const names = shops.map(cleanText).filter((name) => name !== "");
  const shown = names.slice(0, SHOPS_SHOWN).join(t("common.listSeparator"));
  return names.length > SHOPS_SHOWN
    ? t("header.shopsMore", { names: shown, n: formatCount(names.length) })
    : t("header.shops", { names: shown || "—" });
}

/** A scheduled digest (daily, weekly, monthly) as subject, HTML part and text part. */
export function renderDigest(content: DigestContent): RenderedEmail {
  const { locale } = content;
  const t = translator(locale);
  const subject = digestSubject(content, t);
  const workspace = cleanText(content.workspaceName);
  const period = formatPeriod(content.range, locale, true);
  const header = headerBlock({
    title: t(`kind.${content.kind}`),
    workspaceName: workspace,
    headline: period,
    notes: [
      shopsLine(content.shops, t),
      t("header.compare", {
        previous: formatPeriod(content.previous, locale, true),
        lastYear: formatPeriod(content.lastYear, locale, true),
      }),
      t("header.generatedAt", { time: formatBeijingDateTime(content.generatedAt) }),
    ],
    accent: COLORS.accent,
  });
  const footer = footerBlock(
    {
      main: { label: t("footer.dashboard"), url: content.links.dashboard },
      settings: content.links.settings,
      unsubscribe: content.links.unsubscribe,
      why: t(`footer.why.${content.kind}`, { workspace }),
    },
    t,
  );
  const blocks = [header, ...renderSections(content, t), footer];
  return {
    subject,
    html: emailHtml({ locale, subject, preheader: `${workspace} · ${period}`, blocks }),
    text: emailText(blocks),
  };
}
