// A real SMTP server on loopback (smtp-server), keeping each mail it receives parsed with
// mailparser: one entry per envelope recipient. Used by the integration tests and the e2e
// specs (no app imports here, so Playwright loads it as is).
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  /** The envelope recipient (RCPT TO). */
  to: string;
  /** The envelope sender (MAIL FROM). */
  from: string;
  subject: string;
  text: string;
}

export interface TestSmtpServer {
  port: number;
  /** Everything received so far, in arrival order; clear with `mails.length = 0`. */
  mails: ReceivedMail[];
  /** The credentials clients signed in with (any is accepted), in order. */
  logins: { username: string; password: string }[];
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 (port 0: any free one), without TLS; signing in is optional and always succeeds. */
export async function startSmtpServer(port = 0): Promise<TestSmtpServer> {
  const mails: ReceivedMail[] = [];
  const logins: TestSmtpServer["logins"] = [];
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth(auth, _session, callback) {
      logins.push({ username: auth.username ?? "", password: auth.password ?? "" });
      callback(null, { user: auth.username });
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
          for (const to of session.envelope.rcptTo) mails.push({ to: to.address, from, subject: parsed.subject ?? "", text: parsed.text ?? "" });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    mails,
    logins,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
