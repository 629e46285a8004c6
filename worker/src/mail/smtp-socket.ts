import { connect } from "cloudflare:sockets";
import type { SmtpConnection } from "./smtp-session.ts";

/**
 * A line connection over cloudflare:sockets: "tls" is TLS from the start (465), "starttls" a
 * plain connection that may be upgraded (587), "none" plain throughout (local test sinks).
 */
export async function openSmtpConnection(
  host: string,
  port: number,
  security: "tls" | "starttls" | "none",
): Promise<SmtpConnection> {
  let socket = connect(
    { hostname: host, port },
    {
      secureTransport: security === "tls" ? "on" : security === "starttls" ? "starttls" : "off",
      allowHalfOpen: false,
    },
  );
  await socket.opened;
  let reader = socket.readable.getReader();
  let writer = socket.writable.getWriter();
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  let buffer = "";
  let ended = false;
  return {
    async readLine() {
      for (;;) {
        const at = buffer.indexOf("\r\n");
        if (at >= 0) {
          const line = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          return line;
        }
        if (ended) return null;
        const { value, done } = await reader.read();
        if (done) ended = true;
        else buffer += decoder.decode(value as Uint8Array, { stream: true });
      }
    },
    async write(text) {
      await writer.write(encoder.encode(text));
    },
    async startTls() {
      reader.releaseLock();
      writer.releaseLock();
      socket = socket.startTls({ expectedServerHostname: host });
      reader = socket.readable.getReader();
      writer = socket.writable.getWriter();
      buffer = "";
    },
    async close() {
      await socket.close();
    },
  };
}
