import { TabList } from "../../components/tab-list.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { PROFIT_TABS, type ProfitTab } from "./profit-options.ts";

interface ProfitTabsProps {
  tab: ProfitTab;
  onChange: (tab: ProfitTab) => void;
}

/** The breakdown tables as tabs (one long table at a time keeps the answer on screen). */
export function ProfitTabs({ tab, onChange }: ProfitTabsProps) {
  const { t } = useI18n();
  return (
    <TabList
      tabs={PROFIT_TABS}
      tab={tab}
      onChange={onChange}
      prefix="profit"
      className="profit-tabs"
      label={t("profit.tabs.label")}
    >
      {(item) => t(`profit.table.${item}`)}
    </TabList>
  );
}
