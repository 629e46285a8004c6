import { useEffect, useState } from "react";
import { readSettings, type Settings, watchSettings } from "../lib/settings.ts";

/** Current settings (null while loading), kept live across the popup and options pages. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void readSettings().then((value) => {
      if (live) setSettings(value);
    });
    const unwatch = watchSettings((value) => {
      if (live) setSettings(value);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}
