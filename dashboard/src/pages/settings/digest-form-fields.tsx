import { DIGEST_SECTIONS, type MemberListItem } from "@tongshu/shared";
import type { InputHTMLAttributes, ReactNode } from "react";
import { useI18n } from "../../i18n/i18n-context.tsx";
import type { DigestFormErrors, DigestFormValues, ShopGroup } from "./digest-helpers.ts";
import { FieldError } from "./save-feedback.tsx";

export interface FieldProps {
  id: string;
  values: DigestFormValues;
  errors: DigestFormErrors;
  disabled: boolean;
  change: (patch: Partial<DigestFormValues>) => void;
}

/** Ties a group to its error line (read with the legend when the group is entered). */
const describedBy = (id: string, error: unknown) =>
  error ? { "aria-describedby": `${id}-error` } : {};

/** A labelled radio or checkbox. */
export function Choice({ children, ...input }: { children: ReactNode } & InputProps) {
  return (
    <label className="dg-choice">
      <input {...input} />
      <span>{children}</span>
    </label>
  );
}
type InputProps = InputHTMLAttributes<HTMLInputElement> & {
  "data-testid"?: string;
  "data-shop"?: string;
  "data-section"?: string;
};

/** 收件人 (owners and admins): a member of the workspace, or an outside address. */
export function RecipientField({
  id,
  values,
  errors,
  disabled,
  change,
  members,
  subscribed,
}: FieldProps & { members: readonly MemberListItem[]; subscribed: ReadonlySet<string> }) {
  const { t } = useI18n();
  const pick = (memberId: string) => {
    const member = members.find((m) => m.id === memberId);
    change(member ? { memberId, locale: member.locale } : { memberId });
  };
  return (
    <fieldset className="dg-fieldset" {...describedBy(`${id}-recipient`, errors.recipient)}>
      <legend>{t("digests.field.recipient")}</legend>
      <div className="dg-options">
        {(["member", "email"] as const).map((kind) => (
          <Choice
            key={kind}
            type="radio"
            name={`${id}-recipient-kind`}
            checked={values.recipientKind === kind}
            disabled={disabled}
            onChange={() => change({ recipientKind: kind })}
            data-testid={`digest-recipient-${kind}`}
          >
            {t(`digests.recipient.${kind}`)}
          </Choice>
        ))}
      </div>
      {values.recipientKind === "member" ? (
        <div className="sd-field">
          <label className="sd-field__label" htmlFor={`${id}-member`}>
            {t("digests.field.member")}
          </label>
          <select
            id={`${id}-member`}
            value={values.memberId}
            disabled={disabled}
            onChange={(event) => pick(event.target.value)}
            data-testid="digest-member"
          >
            <option value="">{t("digests.member.choose")}</option>
            {members.map((member) => (
              <option key={member.id} value={member.id} disabled={subscribed.has(member.id)}>
                {t(
                  subscribed.has(member.id) ? "digests.member.subscribed" : "digests.member.option",
                  {
                    name: member.name,
                    email: member.email,
                  },
                )}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <div className="sd-field">
          <label className="sd-field__label" htmlFor={`${id}-email`}>
            {t("digests.field.email")}
          </label>
          <input
            id={`${id}-email`}
            type="email"
            autoComplete="off"
            value={values.email}
            disabled={disabled}
            onChange={(event) => change({ email: event.target.value })}
            aria-describedby={`${id}-email-note`}
            data-testid="digest-email"
          />
          <span className="sd-field__help muted" id={`${id}-email-note`}>
            {t("digests.email.note")}
          </span>
        </div>
      )}
      <FieldError id={`${id}-recipient-error`} error={errors.recipient} />
    </fieldset>
  );
}

/** 店铺: every shop the recipient may see (also ones added later), or chosen shops by platform. */
export function ShopsField({
  id,
  values,
  errors,
  disabled,
  change,
  groups,
  allShopsAllowed,
}: FieldProps & { groups: readonly ShopGroup[]; allShopsAllowed: boolean }) {
  const { t } = useI18n();
  const toggle = (key: string, on: boolean) =>
    change({ shops: on ? [...values.shops, key] : values.shops.filter((k) => k !== key) });
  return (
    <fieldset className="dg-fieldset" {...describedBy(`${id}-shops`, errors.shops)}>
      <legend>{t("digests.field.shops")}</legend>
      <div className="dg-options">
        <Choice
          type="radio"
          name={`${id}-shops-all`}
          checked={values.allShops}
          disabled={disabled || !allShopsAllowed}
          onChange={() => change({ allShops: true })}
          data-testid="digest-shops-all"
        >
          {t("digests.shops.all")}
        </Choice>
        <Choice
          type="radio"
          name={`${id}-shops-all`}
          checked={!values.allShops}
          disabled={disabled || groups.length === 0}
          onChange={() => change({ allShops: false })}
          data-testid="digest-shops-chosen"
        >
          {t("digests.shops.chosen")}
        </Choice>
      </div>
      {groups.length === 0 && <p className="muted dg-note">{t("digests.shops.none")}</p>}
      {!allShopsAllowed && <p className="muted dg-note">{t("digests.shops.scoped")}</p>}
      {!values.allShops &&
        groups.map((group) => (
          <fieldset key={group.platform} className="dg-fieldset dg-fieldset--inner">
            <legend>{t(`platform.${group.platform}`)}</legend>
            <div className="dg-options">
              {group.shops.map((shop) => (
                <Choice
                  key={shop.key}
                  type="checkbox"
                  checked={values.shops.includes(shop.key)}
                  disabled={disabled}
                  onChange={(event) => toggle(shop.key, event.target.checked)}
                  data-testid="digest-shop"
                  data-shop={shop.key}
                >
                  {shop.name}
                </Choice>
              ))}
            </div>
          </fieldset>
        ))}
      <FieldError id={`${id}-shops-error`} error={errors.shops} />
    </fieldset>
  );
}

/** 内容: the digest's sections; profit only for recipients who may see it. */
export function SectionsField({
  id,
  values,
  errors,
  disabled,
  change,
  profitBlocked,
}: FieldProps & { profitBlocked: "role" | "outside" | null }) {
  const { t } = useI18n();
  const toggle = (section: string, on: boolean) =>
    change({
      sections: DIGEST_SECTIONS.filter((s) => (s === section ? on : values.sections.includes(s))),
    });
  const noteId = `${id}-profit-note`;
  return (
    <fieldset className="dg-fieldset" {...describedBy(`${id}-sections`, errors.sections)}>
      <legend>{t("digests.field.sections")}</legend>
      <div className="dg-options">
        {DIGEST_SECTIONS.map((section) => {
          const blocked = section === "profit" && profitBlocked !== null;
          return (
            <Choice
              key={section}
              type="checkbox"
              checked={!blocked && values.sections.includes(section)}
              disabled={disabled || blocked}
              onChange={(event) => toggle(section, event.target.checked)}
              aria-describedby={blocked ? noteId : undefined}
              data-testid="digest-section"
              data-section={section}
            >
              {t(`digests.section.${section}`)}
            </Choice>
          );
        })}
      </div>
      {profitBlocked !== null && (
        <p className="muted dg-note" id={noteId}>
          {t(`digests.sections.profitNote.${profitBlocked}`)}
        </p>
      )}
      <FieldError id={`${id}-sections-error`} error={errors.sections} />
    </fieldset>
  );
}
