/** What the team sees in the dashboard's device list until the user names it: "Chrome · macOS". */
export function defaultDeviceName(): string {
  const hinted = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData
    ?.platform;
  const platform = hinted || navigator.platform || "";
  return platform ? `Chrome · ${platform}` : "Chrome";
}
