/**
 * One SMTP conversation (RFC 5321) over a line connection: greeting, EHLO, STARTTLS when asked
 * for (and refused when the server does not offer it: no silent downgrade), AUTH PLAIN or
 * LOGIN, one recipient, DATA, QUIT. Every reply is awaited with a deadline, and a server that
 * hangs up is an error at once, so a send can neither hang nor spin.
 */
export interface SmtpConnection {
  /** The next line without its CRLF; null when the server closed the connection. */
  readLine(): Promise<string | null>;
  write(text: string): Promise<void>;
  /** Upgrades the connection in place (STARTTLS). */
  startTls(): Promise<void>;
  close(): Promise<void>;
}

export interface SmtpEnvelope {
  from: string;
  to: string;
  /** The whole message (headers and body), as built by buildMime. */
  raw: string;
}

export interface SmtpOptions {
  startTls: boolean;
  credentials: { username: string; password: string } | null;
  /** The name we greet with. */
  clientName: string;
  replyTimeoutMs: number;
}

export class SmtpError extends Error {}

interface Reply {
  code: number;
  lines: string[];
}

function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SmtpError(`no reply to ${what} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

async function readReply(connection: SmtpConnection, what: string, ms: number): Promise<Reply> {
  const lines: string[] = [];
  for (;;) {
    const line = await withDeadline(connection.readLine(), ms, what);
    if (line === null) throw new SmtpError(`the server closed the connection after ${what}`);
    const match = /^(\d{3})([ -]?)(.*)$/.exec(line);
    if (!match) throw new SmtpError(`unreadable reply to ${what}: ${line.slice(0, 100)}`);
    lines.push(match[3] ?? "");
    // "250-…" continues a multi-line reply; "250 …" (or a bare "250") ends it.
    if (match[2] !== "-") return { code: Number(match[1]), lines };
  }
}

function base64Utf8(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** CRLF line ends and dot-stuffing (a line starting with "." gets another), then the end mark. */
export function dataBlock(raw: string): string {
  const body = raw.replace(/\r?\n/g, "\r\n");
  // A message already ending in CRLF must not gain an empty last line.
  const lines = (body.endsWith("\r\n") ? body.slice(0, -2) : body).split("\r\n");
  return `${lines.map((l) => (l.startsWith(".") ? `.${l}` : l)).join("\r\n")}\r\n.\r\n`;
}

/** Sends one message; throws SmtpError with the server's words when any step is refused. */
export async function sendOverSmtp(
  connection: SmtpConnection,
  envelope: SmtpEnvelope,
  options: SmtpOptions,
): Promise<void> {
  const ms = options.replyTimeoutMs;
  const expect = async (what: string, ok: (code: number) => boolean) => {
    const reply = await readReply(connection, what, ms);
    if (!ok(reply.code))
      throw new SmtpError(`${what} refused: ${reply.code} ${reply.lines.join(" ").slice(0, 200)}`);
    return reply;
  };
  const command = async (line: string, what: string, ok: (code: number) => boolean) => {
    await connection.write(`${line}\r\n`);
    return expect(what, ok);
  };
  const is2xx = (code: number) => code >= 200 && code < 300;
  try {
    await expect("the greeting", (c) => c === 220);
    let hello = await command(`EHLO ${options.clientName}`, "EHLO", is2xx);
    if (options.startTls) {
      if (!hello.lines.some((l) => /^STARTTLS\b/i.test(l)))
        throw new SmtpError("the server does not offer STARTTLS; refusing to send in the clear");
      await command("STARTTLS", "STARTTLS", (c) => c === 220);
      await connection.startTls();
      hello = await command(`EHLO ${options.clientName}`, "EHLO after STARTTLS", is2xx);
    }
    if (options.credentials) {
      const auth = hello.lines.find((l) => /^AUTH[ =]/i.test(l))?.toUpperCase() ?? "";
      const { username, password } = options.credentials;
      if (/\bPLAIN\b/.test(auth) || auth === "") {
        await command(
          `AUTH PLAIN ${base64Utf8(`\0${username}\0${password}`)}`,
          "AUTH PLAIN",
          (c) => c === 235,
        );
      } else if (/\bLOGIN\b/.test(auth)) {
        await command("AUTH LOGIN", "AUTH LOGIN", (c) => c === 334);
        await command(base64Utf8(username), "the user name", (c) => c === 334);
        await command(base64Utf8(password), "the password", (c) => c === 235);
      } else throw new SmtpError(`the server offers no AUTH method we speak (${auth})`);
    }
    await command(`MAIL FROM:<${envelope.from}>`, "MAIL FROM", is2xx);
    await command(`RCPT TO:<${envelope.to}>`, "RCPT TO", is2xx);
    await command("DATA", "DATA", (c) => c === 354);
    await connection.write(dataBlock(envelope.raw));
    await expect("the message", is2xx);
    // The message is accepted; a failed goodbye changes nothing.
    await command("QUIT", "QUIT", () => true).catch(() => undefined);
  } finally {
    await connection.close().catch(() => undefined);
  }
}
