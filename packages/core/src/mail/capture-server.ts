import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { appDb } from "../db/client";
import { logger } from "../logger";

export interface CaptureServerHandle {
  /** The port actually listened on (useful when started with port 0). */
  port: number;
  close(): Promise<void>;
}

/**
 * A development SMTP server that accepts every message (any or no login, no TLS) and stores it in DevMail instead of
 * delivering it, so sign-in links and invitations can be read at /dev/mail. Never run it in production.
 */
export async function startCaptureServer({ port, host = "127.0.0.1" }: { port: number; host?: string }): Promise<CaptureServerHandle> {
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    // Lets a client configured with SMTP_USER/SMTP_PASSWORD log in over plain text; the password is not checked.
    allowInsecureAuth: true,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? "dev" }),
    size: 20 * 1024 * 1024,
    logger: false,
    // Shutdown waits at most this long for a client still connected.
    closeTimeout: 3_000,
    banner: "Zorgzaam development mail capture",
    onData: (stream, session, callback) => {
      simpleParser(stream)
        .then(async (parsed) => {
          // The envelope is what the sender asked to deliver to (including Bcc), so it wins over the To header.
          const to = session.envelope.rcptTo.map((r) => r.address).join(", ") || (parsed.to ? addressText(parsed.to) : "");
          const mailFrom = session.envelope.mailFrom;
          const from = parsed.from?.text || (mailFrom ? mailFrom.address : "");
          await appDb().devMail.create({
            data: {
              from,
              to,
              subject: parsed.subject ?? "",
              text: parsed.text ?? "",
              html: typeof parsed.html === "string" ? parsed.html : null,
            },
          });
          logger.info({ to, subject: parsed.subject }, "captured dev mail");
        })
        .then(
          () => callback(),
          (err: unknown) => {
            logger.error({ err }, "could not store captured mail");
            callback(err instanceof Error ? err : new Error(String(err)));
          },
        );
    },
  });
  server.on("error", (err) => logger.error({ err }, "mail capture server error"));

  const net = await new Promise<import("node:net").Server>((resolve, reject) => {
    const s = server.listen(port, host);
    s.once("listening", () => resolve(s));
    s.once("error", (err: NodeJS.ErrnoException) =>
      reject(
        new Error(`The mail capture server could not listen on ${host}:${port} (${err.code ?? err.message}); set SMTP_PORT to a free port`),
      ),
    );
  });
  const actualPort = (net.address() as AddressInfo).port;
  return {
    port: actualPort,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function addressText(to: { text: string } | { text: string }[]): string {
  return Array.isArray(to) ? to.map((a) => a.text).join(", ") : to.text;
}
