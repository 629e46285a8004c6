import type { PlatformSettings } from "@tongshu/shared";
import { type FormEvent, useId, useState } from "react";
import { PlatformBadge } from "../../components/platform-badge.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import type { ErrorMessage } from "../../lib/describe-error.ts";
import { formatBeijingDateTime } from "../../lib/format.ts";
import { FieldError, SaveFeedback, useSave } from "./save-feedback.tsx";
import { setPlatformFees } from "./settings-data-api.ts";
import {
  bpToPercentInput,
  fenToYuanInput,
  parsePercentToBp,
  parseYuanInput,
} from "./settings-inputs.ts";

type Field = "commission" | "service" | "shipping";
// The API's bound: shipping above ¥10,000 an order is a unit mistake, not a fee.
const MAX_SHIPPING_FEN = 1_000_000;

/** One platform's estimated fees: commission and service fee in % of net sales, shipping per order. */
export function PlatformFeeForm({
  settings,
  editable,
  onSaved,
}: {
  settings: PlatformSettings;
  editable: boolean;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [values, setValues] = useState<Record<Field, string>>({
    commission: bpToPercentInput(settings.commissionBp),
    service: bpToPercentInput(settings.serviceFeeBp),
    shipping: fenToYuanInput(settings.shippingFenPerOrder),
  });
  const [errors, setErrors] = useState<Partial<Record<Field, ErrorMessage>>>({});
  const [save, run] = useSave();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const commission = parsePercentToBp(values.commission);
    const service = parsePercentToBp(values.service);
    const shipping = parseYuanInput(values.shipping, { maxFen: MAX_SHIPPING_FEN });
    setErrors({
      ...(commission.ok ? {} : { commission: commission.error }),
      ...(service.ok ? {} : { service: service.error }),
      ...(shipping.ok ? {} : { shipping: shipping.error }),
    });
    if (!commission.ok || !service.ok || !shipping.ok) return;
    run(async () => {
      await setPlatformFees(settings.platform, {
        commissionBp: commission.value,
        serviceFeeBp: service.value,
        shippingFenPerOrder: shipping.value,
      });
      onSaved();
    });
  };
  const field = (name: Field, label: string, unit: string) => (
    <div className="sd-field">
      <label className="sd-field__label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      <span className="sd-field__input">
        <input
          id={`${id}-${name}`}
          type="text"
          inputMode="decimal"
          value={values[name]}
          disabled={!editable || save.pending}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={errors[name] ? `${id}-${name}-error` : undefined}
          onChange={(event) => setValues({ ...values, [name]: event.target.value })}
          data-testid={`fee-${name}`}
        />
        <span className="muted">{unit}</span>
      </span>
      <FieldError id={`${id}-${name}-error`} error={errors[name]} />
    </div>
  );
  return (
    <form
      className="sd-card"
      onSubmit={submit}
      noValidate
      data-testid="platform-fees"
      data-platform={settings.platform}
    >
      <h3 className="sd-card__title">
        <PlatformBadge platform={settings.platform} />
        <span className="muted sd-card__status">
          {settings.isDefault
            ? t("settingsData.fees.notSet")
            : t("settingsData.updatedAt", { at: formatBeijingDateTime(settings.updatedAt) })}
        </span>
      </h3>
      {field("commission", t("settingsData.field.commission"), "%")}
      {field("service", t("settingsData.field.serviceFee"), "%")}
      {field("shipping", t("settingsData.field.shipping"), t("settingsData.unit.yuanPerOrder"))}
      {editable && (
        <p>
          <button
            type="submit"
            className="button button--primary"
            disabled={save.pending}
            data-testid="fee-save"
          >
            {t("settingsData.save")}
          </button>
        </p>
      )}
      <SaveFeedback state={save} testId="fee" />
    </form>
  );
}
