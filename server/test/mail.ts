import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** A real SMTP server on loopback that keeps every message it accepts, parsed. */
export interface Mailbox {
  url: string;
  messages: ParsedMail[];
  /** Messages to one address. */
  to(address: string): ParsedMail[];
  /** Makes the server refuse (451) the next `n` messages, as a mail server that is briefly down would. */
  refuseNext(n: number): void;
  close(): Promise<void>;
}

export async function startMailbox(): Promise<Mailbox> {
  const messages: ParsedMail[] = [];
  let refuse = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, done) {
      if (refuse > 0) {
        refuse--;
        stream.resume();
        stream.on("end", () => done(Object.assign(new Error("Try again later"), { responseCode: 451 })));
        return;
      }
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          done();
        },
        (err: Error) => done(err),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    to: (address) =>
      messages.filter((m) => {
        const list = Array.isArray(m.to) ? m.to : m.to ? [m.to] : [];
        return list.some((a) => a.value.some((v) => v.address?.toLowerCase() === address.toLowerCase()));
      }),
    refuseNext: (n) => {
      refuse = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A local HTTP endpoint speaking the Twilio Messages API, keeping every text message posted to it. */
export interface SmsGateway {
  baseUrl: string;
  accountSid: string;
  authToken: string;
  messages: { to: string; from: string; body: string }[];
  close(): Promise<void>;
}

export async function startSmsGateway(): Promise<SmsGateway> {
  const accountSid = "ACtest000000000000000000000000000";
  const authToken = "test-token";
  const messages: SmsGateway["messages"] = [];
  const expectedAuth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`;
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(value));
      };
      if (req.method !== "POST" || req.url !== `/2010-04-01/Accounts/${accountSid}/Messages.json`)
        return json(404, { message: "not found" });
      if (req.headers.authorization !== expectedAuth) return json(401, { message: "bad credentials" });
      const form = new URLSearchParams(body);
      messages.push({ to: form.get("To") ?? "", from: form.get("From") ?? "", body: form.get("Body") ?? "" });
      json(201, { sid: `SM${String(messages.length).padStart(32, "0")}`, status: "queued" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
