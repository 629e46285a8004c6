import {
  REPORT_SETTINGS_DEFAULTS,
  type ReportSettings,
  type ReportSettingsValues,
} from "@tongshu/shared";
import { type FormEvent, useId, useState } from "react";
import { useAuth } from "../../auth.tsx";
import { AsyncView } from "../../components/async-view.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import type { ErrorMessage } from "../../lib/describe-error.ts";
import { formatBeijingDateTime } from "../../lib/format.ts";
import { FieldError, ReadOnlyNote, SaveFeedback, useSave } from "./save-feedback.tsx";
import { getReportSettings, setReportSettings } from "./settings-data-api.ts";
import { parseDaysInput } from "./settings-inputs.ts";
import { useLiveResource } from "./use-live-resource.ts";

type Key = keyof ReportSettingsValues;
/** The fields with the bounds ReportSettingsValuesSchema sets. */
const FIELDS: Array<{ key: Key; label: MessageKey; help: MessageKey; min: number; max: number }> = [
  {
    key: "leadTimeDays",
    label: "settingsData.field.leadTime",
    help: "settingsData.report.help.leadTime",
    min: 0,
    max: 365,
  },
  {
    key: "safetyStockDays",
    label: "settingsData.field.safetyStock",
    help: "settingsData.report.help.safetyStock",
    min: 0,
    max: 365,
  },
  {
    key: "slowMovingDays",
    label: "settingsData.field.slowMoving",
    help: "settingsData.report.help.slowMoving",
    min: 1,
    max: 365,
  },
  {
    key: "overstockDays",
    label: "settingsData.field.overstock",
    help: "settingsData.report.help.overstock",
    min: 1,
    max: 730,
  },
];

/** 报表设置: the inventory report's workspace defaults (any member reads; owners and admins save). */
export function ReportSettingsSection() {
  const { t } = useI18n();
  const { me } = useAuth();
  const editable = me.member.role === "owner" || me.member.role === "admin";
  const [resource, retry, refresh] = useLiveResource(getReportSettings);
  return (
    <section className="panel" aria-labelledby="sd-report-title" data-testid="report-settings">
      <h2 className="section__title" id="sd-report-title">
        {t("settingsData.report.title")}
      </h2>
      <p className="muted">{t("settingsData.report.intro")}</p>
      {!editable && <ReadOnlyNote reason="settingsData.readOnly.editors" />}
      <AsyncView resource={resource} retry={retry}>
        {({ settings }) => (
          <ReportSettingsForm settings={settings} editable={editable} onSaved={refresh} />
        )}
      </AsyncView>
    </section>
  );
}

function ReportSettingsForm({
  settings,
  editable,
  onSaved,
}: {
  settings: ReportSettings;
  editable: boolean;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [values, setValues] = useState(
    () =>
      Object.fromEntries(FIELDS.map(({ key }) => [key, String(settings[key])])) as Record<
        Key,
        string
      >,
  );
  const [errors, setErrors] = useState<Partial<Record<Key, ErrorMessage>>>({});
  const [save, run] = useSave();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Partial<Record<Key, ErrorMessage>> = {};
    const parsed: Partial<ReportSettingsValues> = {};
    for (const field of FIELDS) {
      const days = parseDaysInput(values[field.key], field);
      if (!days.ok) next[field.key] = days.error;
      else if (days.value !== null) parsed[field.key] = days.value;
    }
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    run(() => setReportSettings(parsed as ReportSettingsValues)).then((ok) => ok && onSaved());
  };
  const restore = () =>
    setValues(
      Object.fromEntries(
        FIELDS.map(({ key }) => [key, String(REPORT_SETTINGS_DEFAULTS[key])]),
      ) as Record<Key, string>,
    );
  return (
    <form className="sd-form" onSubmit={submit} noValidate data-testid="report-settings-form">
      <p className="muted">
        {settings.isDefault
          ? t("settingsData.report.isDefault")
          : t("settingsData.updatedAt", { at: formatBeijingDateTime(settings.updatedAt) })}
      </p>
      {FIELDS.map((field) => (
        <div className="sd-field" key={field.key}>
          <label className="sd-field__label" htmlFor={`${id}-${field.key}`}>
            {t(field.label)}
          </label>
          <span className="sd-field__input">
            <input
              id={`${id}-${field.key}`}
              type="text"
              inputMode="numeric"
              value={values[field.key]}
              disabled={!editable || save.pending}
              aria-invalid={errors[field.key] ? true : undefined}
              aria-describedby={
                errors[field.key]
                  ? `${id}-${field.key}-help ${id}-${field.key}-error`
                  : `${id}-${field.key}-help`
              }
              onChange={(event) => setValues({ ...values, [field.key]: event.target.value })}
              data-testid={`report-${field.key}`}
            />
            <span className="muted">{t("settingsData.unit.days")}</span>
          </span>
          <span className="sd-field__help muted" id={`${id}-${field.key}-help`}>
            {t(field.help)}{" "}
            {t("settingsData.defaultValue", {
              value: `${REPORT_SETTINGS_DEFAULTS[field.key]} ${t("settingsData.unit.days")}`,
            })}
            {" · "}
            {t("settingsData.range.closedInteger", { min: field.min, max: field.max })}
          </span>
          <FieldError id={`${id}-${field.key}-error`} error={errors[field.key]} />
        </div>
      ))}
      {editable && (
        <p className="sd-buttons">
          <button
            type="submit"
            className="button button--primary"
            disabled={save.pending}
            data-testid="report-save"
          >
            {t("settingsData.save")}
          </button>
          <button type="button" className="button" onClick={restore} disabled={save.pending}>
            {t("settingsData.restoreDefaults")}
          </button>
        </p>
      )}
      <SaveFeedback state={save} testId="report" />
    </form>
  );
}
