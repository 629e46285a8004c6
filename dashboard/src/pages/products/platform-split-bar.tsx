import type { ProductRow } from "@tongshu/shared";
import { PLATFORM_COLORS } from "../../charts/series.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { leadingSegment, platformSegments, splitText } from "./platform-split.ts";

interface PlatformSplitBarProps {
  platforms: ProductRow["platforms"];
  /** Every platform's share under the bar (drill-down); else only the largest (ranking rows). */
  full?: boolean;
}

/**
 * A product's sales per platform as a small stacked bar, with shares written beside dots of
 * the same colour (colour is never the only cue). In the ranking only the largest platform is
 * written, to keep rows one line; the whole split is in the tooltip and for screen readers.
 */
export function PlatformSplitBar({ platforms, full = false }: PlatformSplitBarProps) {
  const { t } = useI18n();
  const segments = platformSegments(platforms);
  const text = splitText(segments, (p) => t(`platform.${p}`));
  const lead = leadingSegment(segments);
  const shown = full ? segments : lead ? [lead] : [];
  return (
    <span className="split" data-testid="platform-split" title={text}>
      <span className="split__bar" aria-hidden="true">
        {segments.map((s) => (
          <span
            key={s.platform}
            className="split__segment"
            style={{ width: `${s.share * 100}%`, background: PLATFORM_COLORS[s.platform] }}
          />
        ))}
      </span>
      <span className="split__legend" aria-hidden={full ? undefined : true}>
        {shown.map((s) => (
          <span key={s.platform} className="split__item">
            <span
              className="split__dot"
              aria-hidden="true"
              style={{ background: PLATFORM_COLORS[s.platform] }}
            />
            {t(`platform.${s.platform}`)} {Math.round(s.share * 100)}%
          </span>
        ))}
        {!full && segments.length > 1 ? (
          <span className="split__more">
            {t("products.split.platforms", { count: segments.length })}
          </span>
        ) : null}
      </span>
      {full ? null : <span className="visually-hidden">{text}</span>}
    </span>
  );
}
