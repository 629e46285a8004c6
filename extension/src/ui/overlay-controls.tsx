import { useId, useState } from "react";
import { type OverlayPrefs, PLATFORM_GROUPS, type PlatformGroup } from "../lib/capture-prefs.ts";
import { saveOverlayPrefs } from "../lib/settings.ts";
import { SwitchGroup } from "./switch-group.tsx";
import { useDraft } from "./use-draft.ts";
import type { Translate } from "./use-translate.ts";

/** In-page hints on or off, globally and per platform: stored for the overlay to read. */
export function OverlayControls({ prefs, t }: { prefs: OverlayPrefs; t: Translate }) {
  const enabledId = useId();
  const [draft, setDraft] = useDraft(prefs);
  const [failed, setFailed] = useState(false);
  const save = (next: OverlayPrefs) => {
    setDraft(next);
    setFailed(false);
    saveOverlayPrefs(next).catch(() => setFailed(true));
  };
  return (
    <section aria-labelledby="overlay-heading" data-testid="overlay-controls">
      <h2 id="overlay-heading">{t("options.overlay.heading")}</h2>
      <p className="muted">{t("options.overlay.help")}</p>
      <label className="field inline switch" htmlFor={enabledId}>
        <input
          id={enabledId}
          type="checkbox"
          checked={draft.enabled}
          onChange={(event) => save({ ...draft, enabled: event.currentTarget.checked })}
          data-testid="overlay-enabled"
        />
        <span>{t("options.overlay.enabled")}</span>
      </label>
      <SwitchGroup<PlatformGroup>
        legend={t("options.overlay.platforms")}
        names={PLATFORM_GROUPS}
        values={draft.platforms}
        label={(name) => t(`platformGroup.${name}`)}
        onToggle={(name, on) => save({ ...draft, platforms: { ...draft.platforms, [name]: on } })}
        testId="overlay-platform"
        disabled={!draft.enabled}
      />
      {failed && (
        <p className="error" role="alert">
          {t("options.saveFailed")}
        </p>
      )}
    </section>
  );
}
