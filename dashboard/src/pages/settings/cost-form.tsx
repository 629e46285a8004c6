import { toBusinessDate } from "@tongshu/shared";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useI18n } from "../../i18n/i18n-context.tsx";
import type { ErrorMessage } from "../../lib/describe-error.ts";
import { normaliseDate } from "./cost-csv.ts";
import { FieldError, SaveFeedback, useSave } from "./save-feedback.tsx";
import { setCost } from "./settings-data-api.ts";
import { parseYuanInput } from "./settings-inputs.ts";

type Field = "date" | "unit" | "packaging";

/** Adds a dated unit cost to one product (yuan typed, integer fen sent); same date overwrites. */
export function CostForm({
  productId,
  datesTaken,
  onSaved,
}: {
  productId: string;
  /** Effective dates that already have a row: saving one of them replaces it. */
  datesTaken: ReadonlySet<string>;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [date, setDate] = useState(() => toBusinessDate(Date.now()));
  const [unit, setUnit] = useState("");
  const [packaging, setPackaging] = useState("");
  const [errors, setErrors] = useState<Partial<Record<Field, ErrorMessage>>>({});
  const [save, run] = useSave();
  const [replaced, setReplaced] = useState(false);
  const replaces = datesTaken.has(normaliseDate(date) ?? "");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const day = normaliseDate(date);
    const unitFen = parseYuanInput(unit);
    const packFen = packaging.trim() === "" ? null : parseYuanInput(packaging);
    const next: Partial<Record<Field, ErrorMessage>> = {};
    if (day === null) next.date = { key: "settingsData.input.date" };
    if (!unitFen.ok) next.unit = unitFen.error;
    if (packFen && !packFen.ok) next.packaging = packFen.error;
    setErrors(next);
    if (day === null || !unitFen.ok || (packFen && !packFen.ok)) return;
    setReplaced(replaces);
    run(() =>
      setCost({
        productId,
        effectiveFrom: day,
        unitCostFen: unitFen.value,
        packagingFen: packFen ? packFen.value : 0,
      }),
    ).then((ok) => {
      if (!ok) return;
      setUnit("");
      setPackaging("");
      onSaved();
    });
  };
  const field = (name: Field, label: string, input: ReactNode, suffix?: string) => (
    <div className="sd-field">
      <label className="sd-field__label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      <span className="sd-field__input">
        {input}
        {suffix && <span className="muted">{suffix}</span>}
      </span>
      <FieldError id={`${id}-${name}-error`} error={errors[name]} />
    </div>
  );
  const describedBy = (name: Field) => (errors[name] ? `${id}-${name}-error` : undefined);
  return (
    <form className="sd-form sd-form--row" onSubmit={submit} noValidate data-testid="cost-form">
      {field(
        "date",
        t("settingsData.field.effectiveFrom"),
        <input
          id={`${id}-date`}
          type="date"
          value={date}
          onChange={(event) => setDate(event.target.value)}
          aria-invalid={errors.date ? true : undefined}
          aria-describedby={describedBy("date")}
          data-testid="cost-date"
        />,
      )}
      {field(
        "unit",
        t("settingsData.field.unitCost"),
        <input
          id={`${id}-unit`}
          type="text"
          inputMode="decimal"
          value={unit}
          placeholder="0.00"
          onChange={(event) => setUnit(event.target.value)}
          aria-invalid={errors.unit ? true : undefined}
          aria-describedby={describedBy("unit")}
          data-testid="cost-unit"
        />,
        t("settingsData.unit.yuan"),
      )}
      {field(
        "packaging",
        t("settingsData.field.packagingOptional"),
        <input
          id={`${id}-packaging`}
          type="text"
          inputMode="decimal"
          value={packaging}
          placeholder="0.00"
          onChange={(event) => setPackaging(event.target.value)}
          aria-invalid={errors.packaging ? true : undefined}
          aria-describedby={describedBy("packaging")}
          data-testid="cost-packaging"
        />,
        t("settingsData.unit.yuan"),
      )}
      <div className="sd-field sd-field--submit">
        <button
          type="submit"
          className="button button--primary"
          disabled={save.pending}
          data-testid="cost-submit"
        >
          {t("settingsData.costs.add")}
        </button>
      </div>
      {replaces && !save.done && (
        <p className="sd-feedback muted">{t("settingsData.costs.willReplace")}</p>
      )}
      <SaveFeedback
        state={save}
        doneKey={replaced ? "settingsData.costs.replaced" : "settingsData.costs.added"}
        testId="cost"
      />
    </form>
  );
}
