import { beijingTime } from "./beijing-time.ts";

/** "tongshu-failed-captures-20261120-1405.json": the name says what and when (Beijing time). */
export function exportFileName(what: string, at: number): string {
  return `tongshu-${what}-${beijingTime(at).replace(/-/g, "").replace(" ", "-").replace(":", "")}.json`;
}

/** Saves text parts as a file through the browser's own download (no extra permission). */
export function downloadFile(parts: readonly string[], fileName: string): void {
  const url = URL.createObjectURL(new Blob([...parts], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
