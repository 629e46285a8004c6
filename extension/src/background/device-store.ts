import type { PairResponse } from "@tongshu/shared";
import { type DeviceCredentials, parseDeviceCredentials } from "../lib/device-credentials.ts";
import { STORAGE_KEYS } from "../lib/settings.ts";

/** The paired device's credentials, or null when not paired (or the stored value is damaged). */
export async function readDevice(): Promise<DeviceCredentials | null> {
  const items: Record<string, unknown> = await chrome.storage.local.get(STORAGE_KEYS.device);
  return parseDeviceCredentials(items[STORAGE_KEYS.device]);
}

/** Stores what pairing returned: credentials under "device", the buyer-key secret apart. */
export async function saveDevice(
  serverUrl: string,
  pairing: PairResponse,
  now: number,
): Promise<DeviceCredentials> {
  const device: DeviceCredentials = {
    serverUrl,
    deviceId: pairing.deviceId,
    token: pairing.token,
    workspace: pairing.workspace,
    pairedAt: now,
  };
  await chrome.storage.local.set({
    [STORAGE_KEYS.device]: device,
    [STORAGE_KEYS.buyerKeySecret]: pairing.buyerKeySecret,
  });
  return device;
}

/** Forgets the device token and the workspace's secret; captured data is not touched here. */
export async function clearDevice(): Promise<void> {
  await chrome.storage.local.remove([STORAGE_KEYS.device, STORAGE_KEYS.buyerKeySecret]);
}
