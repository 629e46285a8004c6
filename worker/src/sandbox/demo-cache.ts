import { startOfBusinessDay, toBusinessDate } from "@tongshu/shared";
import { createDemoWorkspace, type DemoWorkspace } from "../demo/index.ts";

/** The seed of the demo workspace `npm start` loads; the sandbox serves the very same shops. */
export const DEMO_SEED = 20261111;

let cached: { key: string; demo: DemoWorkspace } | undefined;

/**
 * The demo workspace as of `now` (Beijing day and hour), built once per quarter hour per
 * isolate: the sandbox's "today" keeps moving like a live back office.
 */
export function demoAsOf(now: number): DemoWorkspace {
  const today = toBusinessDate(now);
  const nowHour = (now - startOfBusinessDay(today)) / 3_600_000;
  const key = `${today}@${Math.floor(nowHour * 4)}`;
  if (cached?.key !== key)
    cached = {
      key,
      demo: createDemoWorkspace({ seed: DEMO_SEED, today, nowHour: Math.floor(nowHour * 4) / 4 }),
    };
  return cached.demo;
}
