import type { Translate } from "./use-translate.ts";

/** The promise in plain words (DESIGN.md, "Privacy"). Tests elsewhere must keep it true. */
export function PrivacyStatement({ t }: { t: Translate }) {
  return (
    <section aria-labelledby="privacy-heading" data-testid="privacy-statement">
      <h2 id="privacy-heading">{t("options.privacy.heading")}</h2>
      <p className="notice">{t("options.privacy.now")}</p>
      <ul className="plain-list">
        <li>{t("options.privacy.what")}</li>
        <li>{t("options.privacy.where")}</li>
        <li>
          <strong>{t("options.privacy.never")}</strong>
        </li>
        <li>{t("options.privacy.buyerKey")}</li>
        <li>{t("options.privacy.region")}</li>
        <li>{t("options.privacy.failures")}</li>
        <li>{t("options.privacy.controls")}</li>
      </ul>
    </section>
  );
}
