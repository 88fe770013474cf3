// E-mail over SMTP with nodemailer: host/port/TLS/user/sender in the channel's settings and
// the password among its secrets, or SMTP_URL and MAIL_FROM from the environment.
import nodemailer from "nodemailer";
import { z } from "zod";
import { ChannelError, type ChannelAdapter } from "./types";
import { DEFAULT_RATE_PER_MINUTE } from "./rates";

export const emailConfig = z.object({
  host: z.string().trim().min(1).max(200),
  port: z.coerce.number().int().min(1).max(65535),
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: z.boolean().default(false),
  user: z.string().trim().max(200).default(""),
  from: z.string().trim().min(3).max(200),
});
export const emailSecrets = z.object({ password: z.string().max(500).default("") });

export type EmailConfig = z.infer<typeof emailConfig>;

/** SMTP_URL (smtp://user:pass@host:587, smtps:// for TLS) and MAIL_FROM as a channel's settings and secrets. */
export function emailFromEnvironment(env: NodeJS.ProcessEnv = process.env): { config: EmailConfig; secrets: { password: string } } | null {
  if (!env.SMTP_URL) return null;
  const url = new URL(env.SMTP_URL);
  const secure = url.protocol === "smtps:";
  const from = env.MAIL_FROM?.trim() || `no-reply@${url.hostname}`;
  return {
    config: { host: url.hostname, port: url.port ? Number(url.port) : secure ? 465 : 587, secure, user: decodeURIComponent(url.username), from },
    secrets: { password: decodeURIComponent(url.password) },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export const emailChannel: ChannelAdapter<EmailConfig, z.infer<typeof emailSecrets>> = {
  kind: "EMAIL",
  config: emailConfig,
  secrets: emailSecrets,
  perRecipient: true,
  defaultRatePerMinute: DEFAULT_RATE_PER_MINUTE.EMAIL,
  async send(content, config, secrets) {
    const transport = nodemailer.createTransport({
      host: config.host,
      port: config.port,
      secure: config.secure,
      auth: config.user ? { user: config.user, pass: secrets.password } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    try {
      const html = `<p><strong>${escapeHtml(content.subject)}</strong></p><p>${escapeHtml(content.body).replaceAll("\n", "<br>")}</p>${content.link ? `<p><a href="${escapeHtml(content.link)}">${escapeHtml(content.link)}</a></p>` : ""}`;
      const info = await transport.sendMail({
        from: config.from,
        to: content.address,
        subject: content.subject,
        text: [content.body, content.link].filter(Boolean).join("\n\n"),
        html,
      });
      if (info.rejected.length > 0) throw new ChannelError(`recipient rejected: ${info.rejected.join(", ")}`);
      return { providerId: info.messageId };
    } finally {
      transport.close();
    }
  },
};
