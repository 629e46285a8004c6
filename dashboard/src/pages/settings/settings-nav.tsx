import { useSearchParam } from "../../filters/use-report-filter.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { isPlainLeftClick } from "../../routes.ts";
import "../../styles/settings-data.css";

/** The settings tabs, in order; "account" holds the account, members, devices, password, audit. */
export const SETTINGS_SECTIONS = [
  "account",
  "products",
  "costs",
  "fees",
  "report",
  "other-costs",
  "alerts",
  "digests",
] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

const isSection = (value: string): value is SettingsSection =>
  (SETTINGS_SECTIONS as readonly string[]).includes(value);

/** The open tab, kept in the URL (?section=costs) so a link opens it and Back returns. */
export function useSettingsSection(): [SettingsSection, (next: SettingsSection) => void] {
  const [value, setValue] = useSearchParam("section", "account");
  return [isSection(value) ? value : "account", setValue];
}

/** The account tab's panels, by heading id (audit only for owners, so only when present). */
const ACCOUNT_PANELS = [
  ["members-title", "members.title"],
  ["devices-title", "devices.title"],
  ["password-title", "password.title"],
  ["audit-title", "audit.title"],
] as const;

/**
 * Scrolls to a panel without a hash change: the router counts a hash change as navigation
 * and would move focus back to the page heading.
 */
function jumpTo(headingId: string) {
  const heading = document.getElementById(headingId);
  if (!heading) return;
  heading.scrollIntoView({ block: "start" });
  heading.setAttribute("tabindex", "-1");
  heading.focus({ preventScroll: true });
}

/** The in-page navigation between settings sections: real links, one per tab. */
export function SettingsNav({
  current,
  onChange,
  isOwner,
}: {
  current: SettingsSection;
  onChange: (next: SettingsSection) => void;
  isOwner: boolean;
}) {
  const { t } = useI18n();
  const panels = ACCOUNT_PANELS.filter(([id]) => id !== "audit-title" || isOwner);
  return (
    <>
      <nav className="sd-nav" aria-label={t("settingsData.nav.label")} data-testid="settings-nav">
        {SETTINGS_SECTIONS.map((section) => (
          <a
            key={section}
            href={section === "account" ? "/settings" : `/settings?section=${section}`}
            className="sd-nav__link"
            aria-current={section === current ? "page" : undefined}
            data-section={section}
            onClick={(event) => {
              if (!isPlainLeftClick(event)) return;
              event.preventDefault();
              onChange(section);
            }}
          >
            {t(`settingsData.nav.${section}`)}
          </a>
        ))}
      </nav>
      {current === "account" && (
        <p className="sd-jump muted">
          {t("settingsData.nav.jump")}
          {panels.map(([id, label]) => (
            <a
              key={id}
              href={`#${id}`}
              onClick={(event) => {
                if (!isPlainLeftClick(event)) return;
                event.preventDefault();
                jumpTo(id);
              }}
            >
              {t(label)}
            </a>
          ))}
        </p>
      )}
    </>
  );
}
