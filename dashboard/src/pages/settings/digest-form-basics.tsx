import { DIGEST_FREQUENCIES, type Locale, nextDueAt } from "@tongshu/shared";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { LOCALES } from "../../i18n/translate.ts";
import { formatBeijingDateTime } from "../../lib/format.ts";
import { Choice, type FieldProps } from "./digest-form-fields.tsx";
import { quarterHours } from "./digest-helpers.ts";

const TIMES = quarterHours();

/** 发送频率 and 发送时间 (Beijing, on the quarter hour), with when the next digest would go. */
export function ScheduleFields({ id, values, disabled, change }: FieldProps) {
  const { t } = useI18n();
  const next = nextDueAt(values, Date.now());
  return (
    <>
      <fieldset className="dg-fieldset">
        <legend>{t("digests.field.frequency")}</legend>
        <div className="dg-options">
          {DIGEST_FREQUENCIES.map((frequency) => (
            <Choice
              key={frequency}
              type="radio"
              name={`${id}-frequency`}
              checked={values.frequency === frequency}
              disabled={disabled}
              onChange={() => change({ frequency })}
              data-testid={`digest-frequency-${frequency}`}
            >
              {t(`digests.frequency.${frequency}`)}
            </Choice>
          ))}
        </div>
        <p className="muted dg-note">{t("digests.frequency.note")}</p>
      </fieldset>
      <div className="sd-field">
        <label className="sd-field__label" htmlFor={`${id}-time`}>
          {t("digests.field.time")}
        </label>
        <span className="sd-field__input">
          <select
            id={`${id}-time`}
            value={values.sendAt}
            disabled={disabled || values.frequency === "off"}
            onChange={(event) => change({ sendAt: event.target.value })}
            aria-describedby={`${id}-time-note`}
            data-testid="digest-time"
          >
            {TIMES.map((time) => (
              <option key={time} value={time}>
                {time}
              </option>
            ))}
          </select>
          <span className="muted" id={`${id}-time-note`}>
            {t("digests.beijing")}
          </span>
        </span>
        <span className="sd-field__help muted" data-testid="digest-next-preview">
          {next === null
            ? t("digests.form.nextOff")
            : t("digests.form.next", { at: formatBeijingDateTime(next) })}
        </span>
      </div>
    </>
  );
}

/** 邮件语言: defaults to the member's own language. */
export function LocaleField({ id, values, disabled, change }: FieldProps) {
  const { t } = useI18n();
  return (
    <div className="sd-field">
      <label className="sd-field__label" htmlFor={`${id}-locale`}>
        {t("digests.field.locale")}
      </label>
      <select
        id={`${id}-locale`}
        value={values.locale}
        disabled={disabled}
        onChange={(event) => change({ locale: event.target.value as Locale })}
        data-testid="digest-locale"
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale}>
            {t(`digests.locale.${locale}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** 紧急预警邮件: stock-outs and stopped shops by email at once, within the stated limits. */
export function UrgentField({ id, values, disabled, change }: FieldProps) {
  const { t } = useI18n();
  return (
    <fieldset className="dg-fieldset">
      <legend>{t("digests.field.urgent")}</legend>
      <Choice
        type="checkbox"
        checked={values.urgentAlerts}
        disabled={disabled}
        onChange={(event) => change({ urgentAlerts: event.target.checked })}
        aria-describedby={`${id}-urgent-note`}
        data-testid="digest-urgent"
      >
        {t("digests.urgent.label")}
      </Choice>
      <p className="muted dg-note" id={`${id}-urgent-note`}>
        {t("digests.urgent.note")}
      </p>
    </fieldset>
  );
}
