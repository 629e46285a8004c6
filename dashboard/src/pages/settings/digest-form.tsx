import type { DigestSubscription, MemberListItem, ShopCoverage } from "@tongshu/shared";
import { type FormEvent, useId, useState } from "react";
import { useAuth } from "../../auth.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { describeDigestError } from "./digest-errors.ts";
import { LocaleField, ScheduleFields, UrgentField } from "./digest-form-basics.tsx";
import { RecipientField, SectionsField, ShopsField } from "./digest-form-fields.tsx";
import {
  type DigestFormErrors,
  type DigestFormValues,
  formFromSubscription,
  newDigestForm,
  recipientSeesProfit,
  shopGroups,
  shopKeyOf,
  subscribedMemberIds,
  toCreateRequest,
  toUpdateRequest,
  validateDigestForm,
} from "./digest-helpers.ts";
import { createDigest, updateDigest } from "./digests-api.ts";
import { SaveFeedback, type SaveState } from "./save-feedback.tsx";

export type DigestFormMode =
  | { kind: "create"; manager: boolean; subscriptions: readonly DigestSubscription[] }
  | { kind: "edit"; sub: DigestSubscription };

const IDLE: SaveState = { pending: false, done: false, error: null };

/** Adds a schedule (owners/admins for anyone, others for themselves) or edits one, same fields. */
export function DigestForm({
  mode,
  members,
  shops,
  onSaved,
  onCancel,
}: {
  mode: DigestFormMode;
  members: readonly MemberListItem[];
  shops: readonly ShopCoverage[];
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const { me } = useAuth();
  const id = useId();
  const creating = mode.kind === "create";
  const subscribed = creating ? subscribedMemberIds(mode.subscriptions) : new Set<string>();
  // A shop-scoped caller must name shops within the scope (the API refuses "all shops"), but
  // may keep an "all shops" an owner set. Coverage already lists only the caller's shops.
  const callerScoped = (members.find((m) => m.id === me.member.id)?.shopScope ?? null) !== null;
  const allShopsAllowed = !callerScoped || (!creating && mode.sub.shops === null);
  const fresh = (memberId: string): DigestFormValues => {
    const values = newDigestForm(memberId, me.member.locale);
    return allShopsAllowed ? values : { ...values, allShops: false, shops: shops.map(shopKeyOf) };
  };
  const initial = (): DigestFormValues => {
    if (!creating) return formFromSubscription(mode.sub);
    return fresh(subscribed.has(me.member.id) ? "" : me.member.id);
  };
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<DigestFormErrors>({});
  const [save, setSave] = useState<SaveState>(IDLE);
  const change = (patch: Partial<DigestFormValues>) => setValues((v) => ({ ...v, ...patch }));

  const memberId = creating
    ? values.recipientKind === "member"
      ? values.memberId
      : null
    : mode.sub.memberId;
  const profitAllowed = recipientSeesProfit(memberId, members);
  const scope = members.find((m) => m.id === memberId)?.shopScope ?? null;
  const groups = shopGroups(shops, scope);
  const inScope = values.shops.filter((key) => scope === null || scope.includes(key));
  // Unknown until a member is picked; then their role decides.
  const profitBlocked = profitAllowed
    ? null
    : memberId === null
      ? ("outside" as const)
      : memberId === ""
        ? null
        : ("role" as const);
  const disabled = save.pending;
  const fieldProps = { id, values, errors, disabled, change };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = { ...values, shops: inScope };
    const found = validateDigestForm(checked, { creating, profitAllowed });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSave({ pending: true, done: false, error: null });
    const request = creating
      ? createDigest(toCreateRequest(checked, profitAllowed))
      : updateDigest(mode.sub.id, toUpdateRequest(checked, profitAllowed, mode.sub));
    request.then(
      () => {
        setSave({ pending: false, done: true, error: null });
        if (creating) setValues(fresh(""));
        onSaved();
      },
      (cause: unknown) =>
        setSave({
          pending: false,
          done: false,
          error: describeDigestError(cause, t, creating ? "create" : "update"),
        }),
    );
  };

  return (
    <form
      className="dg-form"
      onSubmit={submit}
      noValidate
      data-testid={creating ? "digest-form" : "digest-edit-form"}
    >
      <div className="dg-form__col">
        {creating && mode.manager && (
          <RecipientField {...fieldProps} members={members} subscribed={subscribed} />
        )}
        {creating && !mode.manager && (
          <p className="dg-self">
            {t("digests.recipient.self", { name: me.member.name, email: me.member.email })}
          </p>
        )}
        <ScheduleFields {...fieldProps} />
        <LocaleField {...fieldProps} />
      </div>
      <div className="dg-form__col">
        <ShopsField {...fieldProps} groups={groups} allShopsAllowed={allShopsAllowed} />
        <SectionsField {...fieldProps} profitBlocked={profitBlocked} />
        <UrgentField {...fieldProps} />
      </div>
      <p className="sd-buttons">
        <button
          type="submit"
          className="button button--primary"
          disabled={disabled}
          data-testid="digest-submit"
        >
          {t(creating ? "digests.form.create" : "digests.form.save")}
        </button>
        {onCancel && (
          <button type="button" className="button" disabled={disabled} onClick={onCancel}>
            {t("digests.cancel")}
          </button>
        )}
      </p>
      <SaveFeedback
        state={save}
        doneKey={creating ? "digests.form.created" : "digests.form.saved"}
        testId="digest-form"
      />
    </form>
  );
}
