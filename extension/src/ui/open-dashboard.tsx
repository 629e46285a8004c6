import type { StatusResponse } from "../lib/messages.ts";
import type { Translate } from "./use-translate.ts";

/** Opens the paired server's dashboard (the Worker serves it at its root), else the options page. */
export function OpenDashboard({ status, t }: { status: StatusResponse | null; t: Translate }) {
  const serverUrl = status?.paired ? status.serverUrl : null;
  const onClick = () => {
    if (serverUrl === null) {
      void chrome.runtime.openOptionsPage();
      return;
    }
    void chrome.tabs.create({ url: `${serverUrl}/` }).then(() => window.close());
  };
  return (
    <button type="button" onClick={onClick} data-testid="open-dashboard">
      {serverUrl === null ? t("popup.openDashboardUnpaired") : t("popup.openDashboard")}
    </button>
  );
}
