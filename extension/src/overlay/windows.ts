import { addDays, toBusinessDate } from "@tongshu/shared";

/** The velocity windows the reports use: 7 and 30 Beijing days ending yesterday. */
export interface VelocityWindows {
  today: string;
  from7: string;
  from30: string;
  to: string;
}

export function velocityWindows(now: number): VelocityWindows {
  const today = toBusinessDate(now);
  const to = addDays(today, -1);
  return { today, from7: addDays(to, -6), from30: addDays(to, -29), to };
}
