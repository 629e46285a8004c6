import { type KeyboardEvent, useRef } from "react";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { PROFIT_TABS, type ProfitTab } from "./profit-options.ts";

export const tabPanelId = (tab: ProfitTab) => `profit-panel-${tab}`;
export const tabId = (tab: ProfitTab) => `profit-tab-${tab}`;

const KEY_STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

interface ProfitTabsProps {
  tab: ProfitTab;
  onChange: (tab: ProfitTab) => void;
}

/** The breakdown tables as ARIA tabs (one long table at a time keeps the answer on screen). */
export function ProfitTabs({ tab, onChange }: ProfitTabsProps) {
  const { t } = useI18n();
  const refs = useRef(new Map<ProfitTab, HTMLButtonElement>());
  const move = (event: KeyboardEvent, index: number) => {
    const step = KEY_STEPS[event.key];
    if (!step) return;
    event.preventDefault();
    const target = PROFIT_TABS[step(index, PROFIT_TABS.length)] as ProfitTab;
    onChange(target);
    refs.current.get(target)?.focus();
  };
  return (
    <div className="profit-tabs" role="tablist" aria-label={t("profit.tabs.label")}>
      {PROFIT_TABS.map((item, index) => {
        const selected = item === tab;
        return (
          <button
            key={item}
            ref={(el) => {
              if (el) refs.current.set(item, el);
              else refs.current.delete(item);
            }}
            type="button"
            role="tab"
            id={tabId(item)}
            className="profit-tabs__tab"
            aria-selected={selected}
            aria-controls={tabPanelId(item)}
            tabIndex={selected ? 0 : -1}
            data-tab={item}
            onClick={() => onChange(item)}
            onKeyDown={(event) => move(event, index)}
          >
            {t(`profit.table.${item}`)}
          </button>
        );
      })}
    </div>
  );
}
