import { useAuth } from "../../auth.tsx";
import { EmptyState } from "../../components/empty-state.tsx";
import { PageFrame } from "../../components/page-frame.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { AuditSection } from "./audit-section.tsx";
import { DevicesSection } from "./devices-section.tsx";
import { MembersSection } from "./members-section.tsx";
import { PasswordSection } from "./password-section.tsx";

/** 设置: the account, members, devices, password and (owners) the audit log. */
export function SettingsPage() {
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
    <PageFrame id="settings" title={t("nav.settings")}>
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
      <EmptyState variant="settings-pending" title={t("settings.pendingTitle")}>
        <p>{t("settings.pending")}</p>
      </EmptyState>
    </PageFrame>
  );
}
