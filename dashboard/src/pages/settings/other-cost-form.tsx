import {
  NO_CONTROL_CHARACTERS,
  OTHER_COST_CATEGORIES,
  type OtherCostCategory,
  PLATFORMS,
  type ShopCoverage,
  toBusinessDate,
} from "@tongshu/shared";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useI18n } from "../../i18n/i18n-context.tsx";
import type { ErrorMessage } from "../../lib/describe-error.ts";
import { normaliseDate } from "./cost-csv.ts";
import { scopeOf } from "./other-costs-helpers.ts";
import { FieldError, SaveFeedback, useSave } from "./save-feedback.tsx";
import { createOtherCost } from "./settings-data-api.ts";
import { parseYuanInput } from "./settings-inputs.ts";

type Field = "date" | "amount" | "note";
const NOTE_MAX = 200;

/** Books a cost that belongs to no order (rent, wages…) on a day, for the workspace, a platform or a shop. */
export function OtherCostForm({
  shops,
  onSaved,
}: {
  shops: readonly ShopCoverage[];
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [date, setDate] = useState(() => toBusinessDate(Date.now()));
  const [category, setCategory] = useState<OtherCostCategory>("rent");
  const [scope, setScope] = useState("");
  const [amount, setAmount] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Partial<Record<Field, ErrorMessage>>>({});
  const [save, run] = useSave();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const day = normaliseDate(date);
    const fen = parseYuanInput(amount, { minFen: 1 });
    const text = note.trim();
    const next: Partial<Record<Field, ErrorMessage>> = {};
    if (day === null) next.date = { key: "settingsData.input.date" };
    if (!fen.ok) next.amount = fen.error;
    if (text.length > NOTE_MAX)
      next.note = { key: "settingsData.input.tooLong", params: { max: NOTE_MAX } };
    else if (!NO_CONTROL_CHARACTERS.test(text)) next.note = { key: "settingsData.input.control" };
    setErrors(next);
    if (day === null || !fen.ok || next.note) return;
    run(() =>
      createOtherCost({
        date: day,
        category,
        amountFen: fen.value,
        ...scopeOf(scope),
        ...(text === "" ? {} : { note: text }),
      }),
    ).then((ok) => {
      if (!ok) return;
      setAmount("");
      setNote("");
      onSaved();
    });
  };
  const field = (name: string, label: string, input: ReactNode, error?: ErrorMessage) => (
    <div className="sd-field">
      <label className="sd-field__label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      <span className="sd-field__input">{input}</span>
      <FieldError id={`${id}-${name}-error`} error={error} />
    </div>
  );
  const invalid = (name: Field) =>
    errors[name] ? { "aria-invalid": true, "aria-describedby": `${id}-${name}-error` } : {};
  return (
    <form
      className="sd-form sd-form--row"
      onSubmit={submit}
      noValidate
      data-testid="other-cost-form"
    >
      {field(
        "date",
        t("settingsData.field.date"),
        <input
          id={`${id}-date`}
          type="date"
          value={date}
          onChange={(event) => setDate(event.target.value)}
          {...invalid("date")}
          data-testid="other-cost-date"
        />,
        errors.date,
      )}
      {field(
        "category",
        t("settingsData.field.category"),
        <select
          id={`${id}-category`}
          value={category}
          onChange={(event) => setCategory(event.target.value as OtherCostCategory)}
          data-testid="other-cost-category"
        >
          {OTHER_COST_CATEGORIES.map((option) => (
            <option key={option} value={option}>
              {t(`settingsData.other.category.${option}`)}
            </option>
          ))}
        </select>,
      )}
      {field(
        "scope",
        t("settingsData.other.scope"),
        <select
          id={`${id}-scope`}
          value={scope}
          onChange={(event) => setScope(event.target.value)}
          data-testid="other-cost-scope"
        >
          <option value="">{t("settingsData.other.wholeWorkspace")}</option>
          {PLATFORMS.map((platform) => (
            <optgroup key={platform} label={t(`platform.${platform}`)}>
              <option value={platform}>
                {t("settingsData.other.wholePlatform", { platform: t(`platform.${platform}`) })}
              </option>
              {shops
                .filter((shop) => shop.platform === platform)
                .map((shop) => (
                  <option key={shop.shopId} value={`${platform}:${shop.shopId}`}>
                    {shop.shopName ?? shop.shopId}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>,
      )}
      {field(
        "amount",
        t("settingsData.field.amount"),
        <>
          <input
            id={`${id}-amount`}
            type="text"
            inputMode="decimal"
            value={amount}
            placeholder="0.00"
            onChange={(event) => setAmount(event.target.value)}
            {...invalid("amount")}
            data-testid="other-cost-amount"
          />
          <span className="muted">{t("settingsData.unit.yuan")}</span>
        </>,
        errors.amount,
      )}
      {field(
        "note",
        t("settingsData.field.note"),
        <input
          id={`${id}-note`}
          type="text"
          value={note}
          maxLength={NOTE_MAX + 20}
          onChange={(event) => setNote(event.target.value)}
          {...invalid("note")}
          data-testid="other-cost-note"
        />,
        errors.note,
      )}
      <div className="sd-field sd-field--submit">
        <button
          type="submit"
          className="button button--primary"
          disabled={save.pending}
          data-testid="other-cost-submit"
        >
          {t("settingsData.other.add")}
        </button>
      </div>
      <SaveFeedback state={save} doneKey="settingsData.other.added" testId="other-cost" />
    </form>
  );
}
