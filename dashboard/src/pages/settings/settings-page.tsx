import type { ReactNode } from "react";
import { useAuth } from "../../auth.tsx";
import { PageFrame } from "../../components/page-frame.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { AlertRulesSection } from "./alert-rules-section.tsx";
import { AuditSection } from "./audit-section.tsx";
import { CostsSection } from "./costs-section.tsx";
import { DevicesSection } from "./devices-section.tsx";
import { DigestsSection } from "./digests-section.tsx";
import { MembersSection } from "./members-section.tsx";
import { OtherCostsSection } from "./other-costs-section.tsx";
import { PasswordSection } from "./password-section.tsx";
import { PlatformFeesSection } from "./platform-fees-section.tsx";
import { ProductLinksSection } from "./product-links-section.tsx";
import { ReportSettingsSection } from "./report-settings-section.tsx";
import { SettingsNav, type SettingsSection, useSettingsSection } from "./settings-nav.tsx";

/** The data the reports use, one tab each (the account tab is below). */
const DATA_SECTIONS: Record<Exclude<SettingsSection, "account">, () => ReactNode> = {
  products: () => <ProductLinksSection />,
  costs: () => <CostsSection />,
  fees: () => <PlatformFeesSection />,
  report: () => <ReportSettingsSection />,
  "other-costs": () => <OtherCostsSection />,
  alerts: () => <AlertRulesSection />,
  digests: () => <DigestsSection />,
};

/**
 * 设置: the account, members, devices, password and (owners) the audit log on the first tab;
 * the data the reports use on the others (?section=…).
 */
export function SettingsPage() {
  const { t } = useI18n();
  const { me } = useAuth();
  const [section, setSection] = useSettingsSection();
  return (
    <PageFrame id="settings" title={t("nav.settings")}>
      <SettingsNav current={section} onChange={setSection} isOwner={me.member.role === "owner"} />
      {section === "account" ? <AccountSections /> : DATA_SECTIONS[section]()}
    </PageFrame>
  );
}

function AccountSections() {
  const { me } = useAuth();
  const { t } = useI18n();
  const rows: Array<[string, string]> = [
    [t("settings.workspace"), me.workspace.name],
    [t("settings.name"), me.member.name],
    [t("settings.email"), me.member.email],
    [t("settings.role"), t(`role.${me.member.role}`)],
    [t("settings.costs"), me.member.canSeeCosts ? t("settings.costs.yes") : t("settings.costs.no")],
  ];
  return (
    <>
      <section className="panel" aria-labelledby="account-title">
        <h2 className="section__title" id="account-title">
          {t("settings.account")}
        </h2>
        <dl className="facts" data-testid="account">
          {rows.map(([label, value]) => (
            <div key={label} className="facts__row">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <MembersSection />
      <DevicesSection />
      <PasswordSection />
      {me.member.role === "owner" && <AuditSection />}
    </>
  );
}
