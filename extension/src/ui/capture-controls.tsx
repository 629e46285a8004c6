import { RECORD_KINDS, type RecordKind } from "@tongshu/shared";
import { useState } from "react";
import {
  type CapturePrefs,
  isCapturingAnything,
  PLATFORM_GROUPS,
  type PlatformGroup,
} from "../lib/capture-prefs.ts";
import { saveCapturePrefs } from "../lib/settings.ts";
import { SwitchGroup } from "./switch-group.tsx";
import { useDraft } from "./use-draft.ts";
import type { Translate } from "./use-translate.ts";

/** Capture on/off per platform and per data kind; the service worker applies it to every capture. */
export function CaptureControls({ prefs, t }: { prefs: CapturePrefs; t: Translate }) {
  const [draft, setDraft] = useDraft(prefs);
  const [failed, setFailed] = useState(false);
  const save = (next: CapturePrefs) => {
    setDraft(next);
    setFailed(false);
    saveCapturePrefs(next).catch(() => setFailed(true));
  };
  return (
    <section aria-labelledby="capture-heading" data-testid="capture-controls">
      <h2 id="capture-heading">{t("options.capture.heading")}</h2>
      <p className="muted">{t("options.capture.help")}</p>
      <div className="switch-columns">
        <SwitchGroup<PlatformGroup>
          legend={t("options.capture.platforms")}
          names={PLATFORM_GROUPS}
          values={draft.platforms}
          label={(name) => t(`platformGroup.${name}`)}
          onToggle={(name, on) => save({ ...draft, platforms: { ...draft.platforms, [name]: on } })}
          testId="capture-platform"
        />
        <SwitchGroup<RecordKind>
          legend={t("options.capture.kinds")}
          names={RECORD_KINDS}
          values={draft.kinds}
          label={(name) => t(`kind.${name}`)}
          onToggle={(name, on) => save({ ...draft, kinds: { ...draft.kinds, [name]: on } })}
          testId="capture-kind"
        />
      </div>
      {!isCapturingAnything(draft) && (
        <p className="warning" role="status">
          {t("options.capture.allOff")}
        </p>
      )}
      {failed && (
        <p className="error" role="alert">
          {t("options.saveFailed")}
        </p>
      )}
    </section>
  );
}
