import { createMimeMessage } from "mimetext/browser";

/** One email ready to go: both parts, and headers such as List-Unsubscribe. */
export interface OutgoingEmail {
  from: { name: string; email: string };
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

/** UTF-8 text as base64 in 76-character lines (RFC 2045): Chinese text is not 7-bit. */
function base64Lines(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return (btoa(binary).match(/.{1,76}/g) ?? []).join("\r\n");
}

/** A message id on the sender's domain, so replies and bounces thread correctly. */
export function newMessageId(from: string): string {
  const domain = from.split("@")[1] ?? "tongshu.localhost";
  return `<${crypto.randomUUID()}@${domain}>`;
}

/** The whole message as RFC 5322 text: multipart/alternative, plain text first. */
export function buildMime(email: OutgoingEmail, messageId: string): string {
  const message = createMimeMessage();
  message.setSender({ name: email.from.name, addr: email.from.email });
  message.setRecipient(email.to);
  message.setSubject(email.subject);
  message.setHeader("Message-ID", messageId);
  for (const [name, value] of Object.entries(email.headers)) message.setHeader(name, value);
  message.addMessage({
    contentType: "text/plain",
    charset: "UTF-8",
    encoding: "base64",
    data: base64Lines(email.text),
  });
  message.addMessage({
    contentType: "text/html",
    charset: "UTF-8",
    encoding: "base64",
    data: base64Lines(email.html),
  });
  return message.asRaw();
}
