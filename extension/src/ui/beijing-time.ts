/** "2026-11-20 14:05" in Beijing time, whatever the computer's zone. */
export function beijingTime(instant: number): string {
  return new Date(instant + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
}
