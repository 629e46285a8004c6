import type { ProductSettings } from "@tongshu/shared";
import { type FormEvent, useId, useState } from "react";
import { useI18n } from "../../i18n/i18n-context.tsx";
import type { ErrorMessage } from "../../lib/describe-error.ts";
import { FieldError, SaveFeedback, useSave } from "./save-feedback.tsx";
import { updateProduct } from "./settings-data-api.ts";
import { parseDaysInput } from "./settings-inputs.ts";

const DAYS = { min: 0, max: 365, optional: true } as const;
const text = (days: number | null) => (days === null ? "" : String(days));

/**
 * 补货周期 and 安全库存天数 of one product; blank means the workspace default (shown as the
 * placeholder). Saving a virtual product makes it a product row.
 */
export function ReplenishmentFields({
  product,
  defaults,
  editable,
  onSaved,
}: {
  product: ProductSettings;
  defaults: { leadTimeDays: number; safetyStockDays: number };
  editable: boolean;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [lead, setLead] = useState(text(product.leadTimeDays));
  const [safety, setSafety] = useState(text(product.safetyStockDays));
  const [errors, setErrors] = useState<{ lead?: ErrorMessage; safety?: ErrorMessage }>({});
  const [save, run] = useSave();
  const changed = lead !== text(product.leadTimeDays) || safety !== text(product.safetyStockDays);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const leadDays = parseDaysInput(lead, DAYS);
    const safetyDays = parseDaysInput(safety, DAYS);
    setErrors({
      ...(leadDays.ok ? {} : { lead: leadDays.error }),
      ...(safetyDays.ok ? {} : { safety: safetyDays.error }),
    });
    if (!leadDays.ok || !safetyDays.ok) return;
    run(() =>
      updateProduct(product.id, {
        leadTimeDays: leadDays.value,
        safetyStockDays: safetyDays.value,
      }),
    ).then((ok) => ok && onSaved());
  };
  const field = (
    key: "lead" | "safety",
    label: string,
    value: string,
    set: (v: string) => void,
    fallback: number,
  ) => (
    <label className="sd-days">
      <span className="sd-days__label">{label}</span>
      <span className="sd-days__input">
        <input
          type="text"
          inputMode="numeric"
          value={value}
          placeholder={String(fallback)}
          disabled={!editable || save.pending}
          aria-invalid={errors[key] ? true : undefined}
          aria-describedby={errors[key] ? `${id}-${key}` : undefined}
          onChange={(event) => set(event.target.value)}
          data-testid={`product-${key}`}
        />
        <span className="muted">{t("settingsData.unit.days")}</span>
      </span>
      <FieldError id={`${id}-${key}`} error={errors[key]} />
    </label>
  );
  return (
    <form className="sd-replenish" onSubmit={submit} noValidate>
      {field("lead", t("settingsData.field.leadTime"), lead, setLead, defaults.leadTimeDays)}
      {field(
        "safety",
        t("settingsData.field.safetyStock"),
        safety,
        setSafety,
        defaults.safetyStockDays,
      )}
      {editable && (
        <button
          type="submit"
          className="button button--small"
          disabled={!changed || save.pending}
          data-testid="product-days-save"
        >
          {t("settingsData.save")}
        </button>
      )}
      <SaveFeedback state={save} />
    </form>
  );
}
