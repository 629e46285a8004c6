import { type KeyboardEvent, type ReactNode, useRef } from "react";

const KEY_STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/** Ids that tie a tab to its panel: `<prefix>-tab-<tab>` labels `<prefix>-panel-<tab>`. */
export const tabId = (prefix: string, tab: string) => `${prefix}-tab-${tab}`;
export const tabPanelId = (prefix: string, tab: string) => `${prefix}-panel-${tab}`;

interface TabListProps<T extends string> {
  tabs: readonly T[];
  tab: T;
  onChange: (tab: T) => void;
  /** Id prefix (see tabId) and the CSS block: `<className>` and `<className>__tab`. */
  prefix: string;
  className: string;
  label: string;
  children: (tab: T) => ReactNode;
}

/** ARIA tabs: arrow keys, Home and End move between them (roving tabindex). */
export function TabList<T extends string>({
  tabs,
  tab,
  onChange,
  prefix,
  className,
  label,
  children,
}: TabListProps<T>) {
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const move = (event: KeyboardEvent, index: number) => {
    const step = KEY_STEPS[event.key];
    if (!step) return;
    event.preventDefault();
    const target = tabs[step(index, tabs.length)] as T;
    onChange(target);
    refs.current.get(target)?.focus();
  };
  return (
    <div className={className} role="tablist" aria-label={label}>
      {tabs.map((item, index) => {
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
            id={tabId(prefix, item)}
            className={`${className}__tab`}
            aria-selected={selected}
            aria-controls={tabPanelId(prefix, item)}
            tabIndex={selected ? 0 : -1}
            data-tab={item}
            onClick={() => onChange(item)}
            onKeyDown={(event) => move(event, index)}
          >
            {children(item)}
          </button>
        );
      })}
    </div>
  );
}
