import type { Platform, ShopCoverage, ShopRef } from "@tongshu/shared";
import { type FormEvent, useId, useState } from "react";
import { getCoverage } from "../../api.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { useResource } from "../../use-resource.ts";
import { failureMessage } from "./import-issues.ts";
import type { WorkerFailure } from "./import-messages.ts";
import {
  choiceOf,
  initialShopChoice,
  knownShops,
  resolveShopChoice,
  switchPlatform,
} from "./shop-choice.ts";

interface ShopPickerProps {
  platforms: Platform[];
  /** The shop chosen before, shown again when the seller steps back. */
  chosen: ShopRef | null;
  planning: boolean;
  failure: WorkerFailure | null;
  onCheck: (shop: ShopRef) => void;
}

/** 导入到哪家店铺: the platform (淘宝 or 天猫 for 千牛 files), then a known shop or a new one. */
export function ShopPicker(props: ShopPickerProps) {
  const { t } = useI18n();
  const [coverage, retry] = useResource(getCoverage);
  return (
    <section className="panel" aria-labelledby="im-shop-title" data-testid="import-shop">
      <h2 className="section__title" id="im-shop-title">
        {t("imports.shop.title")}
      </h2>
      <AsyncView resource={coverage} retry={retry}>
        {({ shops }) => <ShopForm {...props} shops={shops} />}
      </AsyncView>
    </section>
  );
}

const NEW = "";

function ShopForm({
  platforms,
  chosen,
  planning,
  failure,
  onCheck,
  shops,
}: ShopPickerProps & { shops: ShopCoverage[] }) {
  const { t } = useI18n();
  const id = useId();
  const [input, setInput] = useState(() =>
    chosen ? choiceOf(chosen, shops) : initialShopChoice(platforms, shops),
  );
  const [errors, setErrors] = useState<{ id?: MessageKey; name?: MessageKey }>({});
  const known = knownShops(shops, input.platform);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = resolveShopChoice(input, shops);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    onCheck(result.shop);
  };
  const failed = failure ? failureMessage(failure) : null;
  return (
    <form className="im-shop-form" onSubmit={submit} noValidate>
      {platforms.length > 1 && (
        <fieldset className="im-choice">
          <legend className="field__label">{t("imports.shop.platform")}</legend>
          {platforms.map((p) => (
            <label key={p} className={`chip${input.platform === p ? " chip--active" : ""}`}>
              <input
                type="radio"
                name={`${id}-platform`}
                value={p}
                checked={input.platform === p}
                onChange={() => setInput(switchPlatform(input, p, shops))}
                data-testid={`import-platform-${p}`}
              />
              {t(`platform.${p}`)}
            </label>
          ))}
        </fieldset>
      )}
      {known.length > 0 ? (
        <label className="field">
          <span className="field__label">{t("imports.shop.shop")}</span>
          <select
            className="im-select"
            value={input.existing ?? NEW}
            onChange={(event) =>
              setInput({
                ...input,
                existing: event.target.value === NEW ? null : event.target.value,
              })
            }
            data-testid="import-shop-select"
          >
            {known.map((shop) => (
              <option key={shop.shopId} value={shop.shopId}>
                {shop.shopName
                  ? t("imports.shop.option", { name: shop.shopName, id: shop.shopId })
                  : shop.shopId}
              </option>
            ))}
            <option value={NEW}>{t("imports.shop.new")}</option>
          </select>
        </label>
      ) : (
        <p className="muted">
          {t("imports.shop.noKnown", { platform: t(`platform.${input.platform}`) })}
        </p>
      )}
      {input.existing === null && (
        <div className="im-new-shop">
          <label className="field">
            <span className="field__label">{t("imports.shop.newId")}</span>
            <input
              value={input.newId}
              maxLength={64}
              spellCheck={false}
              autoComplete="off"
              aria-invalid={errors.id ? true : undefined}
              aria-describedby={`${id}-id-help${errors.id ? ` ${id}-id-error` : ""}`}
              onChange={(event) => setInput({ ...input, newId: event.target.value })}
              data-testid="import-new-shop-id"
            />
            <span className="im-help muted" id={`${id}-id-help`}>
              {t("imports.shop.newIdHelp")}
            </span>
            {errors.id && (
              <span className="im-field-error" id={`${id}-id-error`}>
                {t(errors.id)}
              </span>
            )}
          </label>
          <label className="field">
            <span className="field__label">{t("imports.shop.newName")}</span>
            <input
              value={input.newName}
              maxLength={200}
              autoComplete="off"
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={errors.name ? `${id}-name-error` : undefined}
              onChange={(event) => setInput({ ...input, newName: event.target.value })}
              data-testid="import-new-shop-name"
            />
            {errors.name && (
              <span className="im-field-error" id={`${id}-name-error`}>
                {t(errors.name)}
              </span>
            )}
          </label>
        </div>
      )}
      {failed && (
        <p className="form-error" role="alert">
          {t(failed.key, failed.params)}
        </p>
      )}
      <p>
        <button
          type="submit"
          className="button button--primary"
          disabled={planning}
          data-testid="import-check-button"
        >
          {planning ? t("imports.shop.checking") : t("imports.shop.check")}
        </button>
      </p>
    </form>
  );
}
