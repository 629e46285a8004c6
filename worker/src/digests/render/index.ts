/** Digest email rendering: pure functions from content to subject, HTML and text. */
export { renderDigest } from "./render-digest.ts";
export { renderUrgentAlerts } from "./render-urgent.ts";
