import nodemailer from "nodemailer";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** Stable per message, so a mail system can recognise a repeat. */
  messageId: string;
  headers?: Record<string, string>;
}

/** Sends email; resolves with the id the server accepted it under. */
export interface Mailer {
  send(message: OutgoingEmail): Promise<string>;
  close(): void;
}

/** Email over SMTP (`SMTP_URL`, e.g. smtp://user:pass@mail.example.gov:587). */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(m) {
      const info = await transport.sendMail({
        from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        messageId: m.messageId,
        headers: m.headers,
      });
      return info.messageId;
    },
    close: () => transport.close(),
  };
}

/** Sends text messages; resolves with the provider's message id. */
export interface SmsSender {
  send(to: string, body: string): Promise<string>;
}

export class SmsError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "SmsError";
  }
}

/**
 * Text messages through a provider that speaks Twilio's REST format:
 * `POST {base}/2010-04-01/Accounts/{sid}/Messages.json` with To, From and Body, HTTP basic auth.
 */
export function twilioSms(config: {
  baseUrl: string;
  accountSid: string;
  authToken: string;
  from: string;
}): SmsSender {
  const url = `${config.baseUrl}/2010-04-01/Accounts/${encodeURIComponent(config.accountSid)}/Messages.json`;
  const auth = `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString("base64")}`;
  return {
    async send(to, body) {
      const response = await fetch(url, {
        method: "POST",
        headers: { authorization: auth, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ To: to, From: config.from, Body: body }),
        signal: AbortSignal.timeout(15_000),
      });
      const json = (await response.json().catch(() => ({}))) as { sid?: string; message?: string };
      // The provider's words only: they never include the recipient's number in our logs.
      if (!response.ok || !json.sid)
        throw new SmsError(response.status, `SMS provider refused the message (HTTP ${response.status})`);
      return json.sid;
    },
  };
}
