import { parseServerUrl } from "./server-url.ts";
import { isRecord } from "./is-record.ts";

/** What pairing leaves in chrome.storage.local (key "device"); the token never leaves it. */
export interface DeviceCredentials {
  /** The origin the device was paired with; sync goes there, whatever the form shows later. */
  serverUrl: string;
  deviceId: string;
  token: string;
  workspace: { id: string; name: string };
  pairedAt: number;
}

const isText = (v: unknown): v is string => typeof v === "string" && v !== "";

/** Re-validates stored credentials (storage is input too); null when absent or damaged. */
export function parseDeviceCredentials(value: unknown): DeviceCredentials | null {
  if (!isRecord(value)) return null;
  const { serverUrl, deviceId, token, workspace, pairedAt } = value;
  if (!isText(serverUrl) || !isText(deviceId) || !isText(token)) return null;
  const server = parseServerUrl(serverUrl);
  if (!server.ok || server.url !== serverUrl) return null;
  if (!isRecord(workspace) || !isText(workspace.id) || typeof workspace.name !== "string") {
    return null;
  }
  if (typeof pairedAt !== "number" || !Number.isInteger(pairedAt)) return null;
  return {
    serverUrl,
    deviceId,
    token,
    workspace: { id: workspace.id, name: workspace.name },
    pairedAt,
  };
}
