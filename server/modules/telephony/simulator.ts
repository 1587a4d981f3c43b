import type { CallEventInput } from "../../../common/contracts/telephony.js";
import { signWebhook } from "./webhook.signature.js";

export interface SimulatorOptions {
  /** civic311's base URL (the webhook is `<baseUrl>/telephony/events`). */
  baseUrl: string;
  secret: string;
  /** The operators who answer (emails of active staff). */
  agents: readonly string[];
  calls: number;
  /** 1 = real time; 10 = ten times faster. */
  speed: number;
  seed?: number;
  /** Told after each call ends (done, total). */
  onCallDone?: (done: number, total: number) => void;
  /** Stops early when it returns true. */
  shouldStop?: () => boolean;
}

type Timed = { at: number; event: Omit<CallEventInput, "at"> };

/** A small deterministic generator (mulberry32), so a run can be repeated. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Plans a stream of calls as a phone system would report them: arrivals about every 200 s per operator (the
 * line kept busy), one in six hearing
 * the menu and hanging up, the rest queued and answered by the first free operator (one call at a time, with
 * talk and wrap-up times) unless their patience runs out first. Times are milliseconds from the start, in
 * real time (the caller divides by the speed).
 */
export function planCalls(opts: Pick<SimulatorOptions, "agents" | "calls" | "seed">): Timed[] {
  const rnd = random(opts.seed ?? 311);
  const between = (a: number, b: number) => a + Math.floor(rnd() * (b - a + 1));
  const freeAt = new Map(opts.agents.map((a) => [a, 0]));
  const pool = Array.from(
    { length: 40 },
    () => `+1555${between(200, 989)}${String(between(0, 9999)).padStart(4, "0")}`,
  );
  const plan: Timed[] = [];
  let t = 0;
  for (let i = 0; i < opts.calls; i++) {
    t += Math.round(-Math.log(1 - rnd()) * (200_000 / Math.max(1, opts.agents.length)));
    const callId = `SIM-${Date.now().toString(36)}-${i}`;
    const from =
      rnd() < 0.3
        ? pool[between(0, pool.length - 1)]!
        : `+1555${between(200, 989)}${String(between(0, 9999)).padStart(4, "0")}`;
    plan.push({ at: t, event: { callId, type: "arrived", from, to: "311" } });
    const menuEnd = t + between(8, 25) * 1000;
    if (rnd() < 1 / 6) {
      const option = rnd() < 0.7 ? "hours" : "status";
      plan.push({
        at: menuEnd,
        event: { callId, type: "menu", option, language: rnd() < 0.2 ? "es" : "en" },
      });
      plan.push({ at: menuEnd + between(20, 60) * 1000, event: { callId, type: "ended" } });
      continue;
    }
    plan.push({ at: menuEnd, event: { callId, type: "queued" } });
    const patience = between(20, 240) * 1000;
    let agent: string | undefined;
    let answerAt = Number.POSITIVE_INFINITY;
    for (const [a, free] of freeAt) {
      const at = Math.max(free, menuEnd + between(2, 8) * 1000);
      if (at < answerAt) [agent, answerAt] = [a, at];
    }
    if (!agent || answerAt - menuEnd > patience) {
      plan.push({
        at: menuEnd + patience,
        event: { callId, type: "abandoned", queueSeconds: Math.round(patience / 1000) },
      });
      continue;
    }
    const talkEnd = answerAt + between(45, 240) * 1000;
    freeAt.set(agent, talkEnd + between(20, 60) * 1000);
    plan.push({ at: answerAt - 2000, event: { callId, type: "offered", agent } });
    plan.push({ at: answerAt, event: { callId, type: "answered", agent } });
    plan.push({ at: talkEnd, event: { callId, type: "ended" } });
  }
  return plan.sort((a, b) => a.at - b.at);
}

/** Posts one batch of events, signed as the phone system would; throws with the server's answer on refusal. */
export async function postSigned(baseUrl: string, secret: string, events: CallEventInput[]): Promise<void> {
  const body = JSON.stringify({ events });
  const res = await fetch(`${baseUrl.replace(/\/$/, "")}/telephony/events`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-civic311-signature": signWebhook(secret, body, Math.floor(Date.now() / 1000)),
    },
    body,
  });
  if (!res.ok) throw new Error(`the webhook refused the events: ${res.status} ${await res.text()}`);
}

/**
 * `civic311 phone simulate`: plays planned calls against a running civic311 in (scaled) real time, so a demo
 * city's wallboard moves and the operators named get screen pops. Each event is sent when it happens.
 */
export async function simulatePhoneLine(opts: SimulatorOptions): Promise<{ events: number }> {
  const plan = planCalls(opts);
  const start = Date.now();
  const speed = Math.max(0.1, opts.speed);
  const endings = new Set(["ended", "abandoned"]);
  let done = 0;
  let sent = 0;
  for (let i = 0; i < plan.length; ) {
    if (opts.shouldStop?.()) break;
    const due = start + plan[i]!.at / speed;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, Math.min(wait, 1000)));
    if (Date.now() < due) continue;
    const batch: CallEventInput[] = [];
    while (i < plan.length && start + plan[i]!.at / speed <= Date.now()) {
      batch.push({ ...plan[i]!.event, at: new Date().toISOString() } as CallEventInput);
      i++;
    }
    await postSigned(opts.baseUrl, opts.secret, batch);
    sent += batch.length;
    for (const e of batch) if (endings.has(e.type)) opts.onCallDone?.(++done, opts.calls);
  }
  return { events: sent };
}
