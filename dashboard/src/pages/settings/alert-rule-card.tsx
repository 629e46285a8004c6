import type { AlertRuleSetting } from "@tongshu/shared";
import { type FormEvent, useId, useState } from "react";
import { useI18n } from "../../i18n/i18n-context.tsx";
import type { ErrorMessage } from "../../lib/describe-error.ts";
import { formatBeijingDateTime } from "../../lib/format.ts";
import {
  ALERT_PARAM_SPECS,
  alertOverrides,
  paramRange,
  paramToInput,
  parseParamInput,
} from "./alert-params.ts";
import { FieldError, SaveFeedback, useSave } from "./save-feedback.tsx";
import { updateAlertRule } from "./settings-data-api.ts";

/** One alert rule: on/off, its thresholds with units and defaults, saved on its own. */
export function AlertRuleCard({
  setting,
  editable,
  onSaved,
}: {
  setting: AlertRuleSetting;
  editable: boolean;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const specs = ALERT_PARAM_SPECS[setting.rule];
  const inputsOf = (params: Record<string, number>) =>
    Object.fromEntries(specs.map((p) => [p.key, paramToInput(p.unit, params[p.key] ?? 0)]));
  const [enabled, setEnabled] = useState(setting.enabled);
  const [values, setValues] = useState<Record<string, string>>(() => inputsOf(setting.params));
  const [errors, setErrors] = useState<Record<string, ErrorMessage>>({});
  const [save, run] = useSave();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, ErrorMessage> = {};
    const params: Record<string, number> = {};
    for (const spec of specs) {
      const parsed = parseParamInput(setting.rule, spec, values[spec.key] ?? "");
      if (parsed.ok) params[spec.key] = parsed.value;
      else next[spec.key] = parsed.error;
    }
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    run(() =>
      updateAlertRule(setting.rule, {
        enabled,
        params: alertOverrides(params, setting.defaults),
      }),
    ).then((ok) => ok && onSaved());
  };
  const unitText = (unit: (typeof specs)[number]["unit"]) => t(`settingsData.alert.unit.${unit}`);
  return (
    <form
      className={`sd-card${enabled ? "" : " sd-card--off"}`}
      onSubmit={submit}
      noValidate
      data-testid="alert-rule"
      data-rule={setting.rule}
    >
      <h3 className="sd-card__title">
        <span>{t(`settingsData.alert.rule.${setting.rule}`)}</span>
        <label className="sd-switch">
          <input
            type="checkbox"
            checked={enabled}
            disabled={!editable || save.pending}
            onChange={(event) => setEnabled(event.target.checked)}
            data-testid="alert-rule-enabled"
          />
          {enabled ? t("settingsData.alert.on") : t("settingsData.alert.off")}
        </label>
      </h3>
      <p className="muted">{t(`settingsData.alert.desc.${setting.rule}`)}</p>
      {specs.map((spec) => {
        const range = paramRange(spec);
        const helpId = `${id}-${spec.key}-help`;
        const errorId = `${id}-${spec.key}-error`;
        return (
          <div className="sd-field" key={spec.key}>
            <label className="sd-field__label" htmlFor={`${id}-${spec.key}`}>
              {t(`settingsData.alert.param.${spec.key}`)}
            </label>
            <span className="sd-field__input">
              <input
                id={`${id}-${spec.key}`}
                type="text"
                inputMode="decimal"
                value={values[spec.key] ?? ""}
                disabled={!editable || save.pending}
                aria-invalid={errors[spec.key] ? true : undefined}
                aria-describedby={errors[spec.key] ? `${helpId} ${errorId}` : helpId}
                onChange={(event) => setValues({ ...values, [spec.key]: event.target.value })}
                data-testid={`alert-param-${spec.key}`}
              />
              <span className="muted">{unitText(spec.unit)}</span>
            </span>
            <span className="sd-field__help muted" id={helpId}>
              {t("settingsData.defaultValue", {
                value: `${paramToInput(spec.unit, setting.defaults[spec.key] ?? 0)} ${unitText(spec.unit)}`,
              })}
              {" · "}
              {t(range.key, range.params)}
            </span>
            <FieldError id={errorId} error={errors[spec.key]} />
          </div>
        );
      })}
      <p className="muted sd-card__status sd-card__foot">
        {setting.updatedAt === null
          ? t("settingsData.alert.neverChanged")
          : t("settingsData.updatedAt", { at: formatBeijingDateTime(setting.updatedAt) })}
      </p>
      {editable && (
        <p className="sd-buttons">
          <button
            type="submit"
            className="button button--primary"
            disabled={save.pending}
            data-testid="alert-rule-save"
          >
            {t("settingsData.save")}
          </button>
          <button
            type="button"
            className="button"
            disabled={save.pending}
            onClick={() => setValues(inputsOf(setting.defaults))}
          >
            {t("settingsData.restoreDefaults")}
          </button>
        </p>
      )}
      <SaveFeedback state={save} testId="alert-rule" />
    </form>
  );
}
