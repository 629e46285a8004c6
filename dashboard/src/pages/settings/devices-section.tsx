import type { Device } from "@tongshu/shared";
import { useState } from "react";
import { getDevices, revokeDevice } from "../../api.ts";
import { useAuth } from "../../auth.tsx";
import { AsyncView } from "../../components/async-view.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatBeijingDateTime } from "../../lib/format.ts";
import { useResource } from "../../use-resource.ts";
import { PairingCodePanel } from "./pairing-code-panel.tsx";

/** 设备: browsers paired with the workspace, pairing codes, revocation. Names are shown as text. */
export function DevicesSection() {
  const { t } = useI18n();
  const { me } = useAuth();
  const [devices, retry] = useResource(getDevices);
  const [revoking, setRevoking] = useState<string | null>(null);
  const mayPair = me.member.role !== "viewer";
  const mayRevoke = me.member.role === "owner" || me.member.role === "admin";
  const revoke = (device: Device) => {
    if (!window.confirm(t("devices.revokeConfirm", { name: device.name }))) return;
    setRevoking(device.id);
    revokeDevice(device.id).finally(() => {
      setRevoking(null);
      retry();
    });
  };
  return (
    <section className="panel" aria-labelledby="devices-title" data-testid="devices">
      <h2 className="section__title" id="devices-title">
        {t("devices.title")}
      </h2>
      <p className="muted">{t("devices.intro")}</p>
      {mayPair && <PairingCodePanel onCreated={retry} />}
      <AsyncView resource={devices} retry={retry}>
        {({ devices: list }) =>
          list.length === 0 ? (
            <p className="muted" data-testid="devices-empty">
              {t("devices.none")}
            </p>
          ) : (
            <table className="data-table" data-testid="devices-table">
              <thead>
                <tr>
                  <th scope="col">{t("devices.col.name")}</th>
                  <th scope="col">{t("devices.col.paired")}</th>
                  <th scope="col">{t("devices.col.lastSeen")}</th>
                  <th scope="col">{t("devices.col.status")}</th>
                  {mayRevoke && <th scope="col" />}
                </tr>
              </thead>
              <tbody>
                {list.map((device) => (
                  <tr key={device.id} data-device-id={device.id}>
                    <td>{device.name}</td>
                    <td className="nowrap">{formatBeijingDateTime(device.createdAt)}</td>
                    <td className="nowrap">{formatBeijingDateTime(device.lastSeenAt)}</td>
                    <td>
                      {device.revokedAt === null ? t("devices.active") : t("devices.revoked")}
                    </td>
                    {mayRevoke && (
                      <td>
                        {device.revokedAt === null && (
                          <button
                            type="button"
                            onClick={() => revoke(device)}
                            disabled={revoking === device.id}
                          >
                            {t("devices.revoke")}
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </AsyncView>
    </section>
  );
}
