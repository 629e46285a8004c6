import type { MemberListItem, Role } from "@tongshu/shared";
import { useState } from "react";
import { getMembers, removeMember, updateMember } from "../../api.ts";
import { useAuth } from "../../auth.tsx";
import { AsyncView } from "../../components/async-view.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import type { ErrorMessage } from "../../lib/describe-error.ts";
import { formatBeijingDateTime } from "../../lib/format.ts";
import { useResource } from "../../use-resource.ts";
import { InvitePanel } from "./invite-panel.tsx";
import { assignableRoles, describeMemberError, mayManage } from "./settings-helpers.ts";

/** 成员: who is in the workspace; owners and admins invite, change roles and remove. */
export function MembersSection() {
  const { t } = useI18n();
  const { me } = useAuth();
  const [members, retry] = useResource(getMembers);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ErrorMessage | null>(null);
  const caller = me.member.role;
  const roles = assignableRoles(caller);
  const mayAdminister = roles.length > 0;

  const run = (id: string, action: Promise<void>) => {
    setBusy(id);
    setError(null);
    action
      .then(retry)
      .catch((cause: unknown) => setError(describeMemberError(cause, "members.lastOwner")))
      .finally(() => setBusy(null));
  };
  const changeRole = (member: MemberListItem, role: Role) => {
    if (role !== member.role) run(member.id, updateMember(member.id, { role }));
  };
  const remove = (member: MemberListItem) => {
    if (!window.confirm(t("members.removeConfirm", { name: member.name }))) return;
    run(member.id, removeMember(member.id));
  };

  return (
    <section className="panel" aria-labelledby="members-title" data-testid="members">
      <h2 className="section__title" id="members-title">
        {t("members.title")}
      </h2>
      {error && (
        <p className="form-error" role="alert" data-testid="members-error">
          {t(error.key, error.params)}
        </p>
      )}
      <AsyncView resource={members} retry={retry}>
        {({ members: list }) => (
          <table className="data-table" data-testid="members-table">
            <thead>
              <tr>
                <th scope="col">{t("members.col.name")}</th>
                <th scope="col">{t("members.col.email")}</th>
                <th scope="col">{t("members.col.role")}</th>
                <th scope="col">{t("members.col.costs")}</th>
                <th scope="col">{t("members.col.joined")}</th>
                {mayAdminister && <th scope="col" />}
              </tr>
            </thead>
            <tbody>
              {list.map((member) => {
                const manageable = mayManage(caller, me.member.id, member);
                return (
                  <tr key={member.id} data-member-id={member.id}>
                    <td>
                      {member.name}
                      {member.id === me.member.id && t("members.you")}
                    </td>
                    <td>{member.email}</td>
                    <td>
                      {manageable ? (
                        <select
                          aria-label={t("members.roleFor", { name: member.name })}
                          value={member.role}
                          disabled={busy === member.id}
                          onChange={(event) => changeRole(member, event.target.value as Role)}
                          data-testid="member-role"
                        >
                          {roles.map((role) => (
                            <option key={role} value={role}>
                              {t(`role.${role}`)}
                            </option>
                          ))}
                        </select>
                      ) : (
                        t(`role.${member.role}`)
                      )}
                    </td>
                    <td>{member.canSeeCosts ? t("members.yes") : t("members.no")}</td>
                    <td className="nowrap">{formatBeijingDateTime(member.createdAt)}</td>
                    {mayAdminister && (
                      <td>
                        {manageable && (
                          <button
                            type="button"
                            onClick={() => remove(member)}
                            disabled={busy === member.id}
                            data-testid="member-remove"
                          >
                            {t("members.remove")}
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </AsyncView>
      {mayAdminister && <InvitePanel roles={roles} onCreated={retry} />}
    </section>
  );
}
