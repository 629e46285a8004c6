import { type CaptureEnvelope, CaptureEnvelopeSchema } from "@tongshu/shared";
import { isRecord } from "../lib/is-record.ts";

/**
 * A capture message from this extension's content script in a tab. The relay validated it
 * already, but the service worker trusts nothing it did not check itself.
 */
export function readCaptureMessage(
  message: unknown,
  sender: chrome.runtime.MessageSender,
  extensionId: string,
): CaptureEnvelope | null {
  if (
    sender.id !== extensionId ||
    sender.tab === undefined ||
    !isRecord(message) ||
    message.type !== "capture"
  )
    return null;
  const envelope = CaptureEnvelopeSchema.safeParse(message.envelope);
  return envelope.success ? envelope.data : null;
}
