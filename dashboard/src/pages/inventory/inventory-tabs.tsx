import { type KeyboardEvent, useRef } from "react";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { INVENTORY_TABS, type InventoryTab } from "./inventory-lists.ts";

interface InventoryTabsProps {
  tab: InventoryTab;
  counts: Record<InventoryTab, number>;
  onChange: (tab: InventoryTab) => void;
}

export const tabPanelId = (tab: InventoryTab) => `inventory-panel-${tab}`;
export const tabId = (tab: InventoryTab) => `inventory-tab-${tab}`;

const KEY_STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/** The four lists as ARIA tabs: arrow keys, Home and End move between them (roving tabindex). */
export function InventoryTabs({ tab, counts, onChange }: InventoryTabsProps) {
  const { t } = useI18n();
  const refs = useRef(new Map<InventoryTab, HTMLButtonElement>());
  const move = (event: KeyboardEvent, index: number) => {
    const step = KEY_STEPS[event.key];
    if (!step) return;
    const next = step(index, INVENTORY_TABS.length);
    event.preventDefault();
    const target = INVENTORY_TABS[next] as InventoryTab;
    onChange(target);
    refs.current.get(target)?.focus();
  };
  return (
    <div className="inv-tabs" role="tablist" aria-label={t("inventory.tabs.label")}>
      {INVENTORY_TABS.map((item, index) => {
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
            className="inv-tabs__tab"
            aria-selected={selected}
            aria-controls={tabPanelId(item)}
            tabIndex={selected ? 0 : -1}
            data-tab={item}
            onClick={() => onChange(item)}
            onKeyDown={(event) => move(event, index)}
          >
            {t(`inventory.tab.${item}`)}
            <span className="inv-tabs__count">{counts[item]}</span>
          </button>
        );
      })}
    </div>
  );
}
