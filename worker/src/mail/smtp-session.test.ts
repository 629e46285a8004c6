import { describe, expect, it } from "vitest";
import { dataBlock, type SmtpConnection, SmtpError, sendOverSmtp } from "./smtp-session.ts";

/** A scripted server: each client line gets the next canned reply; records what was written. */
function fakeServer(replies: Record<string, string>, greeting = "220 mx.test ESMTP") {
  const written: string[] = [];
  const queue: Array<string | null> = [...greeting.split("\n")];
  let upgraded = false;
  const connection: SmtpConnection = {
    async readLine() {
      return queue.length > 0 ? (queue.shift() ?? null) : null;
    },
    async write(text) {
      written.push(text);
      const verb = text.startsWith("EHLO") ? "EHLO" : (text.split(/[ :\r]/)[0] ?? "");
      const reply = text.endsWith("\r\n.\r\n") ? replies.DOT : replies[verb];
      if (reply === undefined) queue.push(null);
      else queue.push(...reply.split("\n"));
    },
    async startTls() {
      upgraded = true;
    },
    async close() {},
  };
  return { connection, written, upgraded: () => upgraded };
}

const OK = {
  EHLO: "250-mx.test\n250-AUTH LOGIN PLAIN\n250 STARTTLS",
  STARTTLS: "220 go ahead",
  AUTH: "235 ok",
  MAIL: "250 ok",
  RCPT: "250 ok",
  DATA: "354 go",
  DOT: "250 queued",
  QUIT: "221 bye",
};
const envelope = {
  from: "d@shop.test",
  to: "o@shop.test",
  raw: "Subject: x\r\n\r\nhi\r\n.dot\r\n",
};
const options = {
  startTls: true,
  credentials: { username: "user", password: "pässword" },
  clientName: "shop.test",
  replyTimeoutMs: 1000,
};

describe("the SMTP conversation", () => {
  it("upgrades with STARTTLS, authenticates with PLAIN, and dot-stuffs the message", async () => {
    const server = fakeServer(OK);
    await sendOverSmtp(server.connection, envelope, options);
    expect(server.upgraded()).toBe(true);
    expect(server.written.map((l) => l.split("\r\n")[0])).toEqual([
      "EHLO shop.test",
      "STARTTLS",
      "EHLO shop.test",
      // base64 of "\0user\0pässword" (UTF-8).
      "AUTH PLAIN AHVzZXIAcMOkc3N3b3Jk",
      "MAIL FROM:<d@shop.test>",
      "RCPT TO:<o@shop.test>",
      "DATA",
      "Subject: x",
      "QUIT",
    ]);
    expect(server.written[7]).toBe("Subject: x\r\n\r\nhi\r\n..dot\r\n.\r\n");
  });

  it("refuses to send in the clear when STARTTLS was asked for and is not offered", async () => {
    const server = fakeServer({ ...OK, EHLO: "250-mx.test\n250 AUTH PLAIN" });
    await expect(sendOverSmtp(server.connection, envelope, options)).rejects.toThrow(
      "does not offer STARTTLS",
    );
    expect(server.written.some((l) => l.startsWith("AUTH"))).toBe(false);
  });

  it("reports the server's words when a step is refused", async () => {
    const server = fakeServer({ ...OK, RCPT: "550 5.1.1 no such user" });
    await expect(
      sendOverSmtp(server.connection, envelope, { ...options, startTls: false }),
    ).rejects.toThrow("RCPT TO refused: 550 5.1.1 no such user");
  });

  it("fails at once when the server hangs up, and on silence after the deadline", async () => {
    const hangUp = fakeServer({ ...OK, EHLO: undefined as unknown as string });
    await expect(sendOverSmtp(hangUp.connection, envelope, options)).rejects.toThrow(
      "the server closed the connection after EHLO",
    );
    const silent: SmtpConnection = {
      readLine: () => new Promise(() => {}),
      write: async () => {},
      startTls: async () => {},
      close: async () => {},
    };
    await expect(
      sendOverSmtp(silent, envelope, { ...options, replyTimeoutMs: 20 }),
    ).rejects.toBeInstanceOf(SmtpError);
  });

  it("ends DATA with CRLF.CRLF on CRLF lines", () => {
    expect(dataBlock("a\nb\r\n.c")).toBe("a\r\nb\r\n..c\r\n.\r\n");
  });
});
