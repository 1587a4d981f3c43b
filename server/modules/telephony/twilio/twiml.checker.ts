/**
 * For the tests: checks a TwiML document against Twilio's documented voice elements (twilio.com/docs/voice/twiml):
 * the root is one `<Response>`; every element is a verb or noun Twilio knows, nested where Twilio allows it
 * (only Say, Play and Pause inside Gather; only nouns inside Dial; nouns nowhere else), with only the attributes
 * it takes and values of the documented kind; the verbs fit the document's context (an Enqueue waitUrl
 * document takes Play, Say, Pause, Gather, Hangup, Redirect and Leave; a Queue noun's url document Play, Say,
 * Pause and Redirect); and every URL Twilio would request is one the caller accepts. Say holds plain text only
 * (this checker does not know SSML). Returns the problems found, none for a good document.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

type Kind = "url" | "method" | "posint" | "nonneg" | "bool" | "string" | "language" | "finishOnKey" | "input";

interface Spec {
  attrs: Record<string, Kind | readonly string[]>;
  /** Child elements allowed; "text" for character data. */
  children: readonly string[];
  /** Text is required (a queue's name, a Redirect's URL, what Say says). */
  text?: "required" | "optional";
  /** The text is a URL Twilio will request. */
  textIsUrl?: boolean;
}

const METHOD = "method" as const;

export const TWIML_SPECS: Record<string, Spec> = {
  Response: { attrs: {}, children: [] },
  Say: { attrs: { voice: "string", loop: "nonneg", language: "language" }, children: [], text: "required" },
  Play: { attrs: { loop: "nonneg", digits: "string" }, children: [], text: "optional" },
  Pause: { attrs: { length: "posint" }, children: [] },
  Gather: {
    attrs: {
      action: "url",
      actionOnEmptyResult: "bool",
      bargeIn: "bool",
      debug: "bool",
      enhanced: "bool",
      finishOnKey: "finishOnKey",
      hints: "string",
      input: "input",
      language: "language",
      method: METHOD,
      numDigits: "posint",
      partialResultCallback: "url",
      partialResultCallbackMethod: METHOD,
      profanityFilter: "bool",
      speechModel: "string",
      speechTimeout: "string",
      timeout: "posint",
    },
    children: ["Say", "Play", "Pause"],
  },
  Dial: {
    attrs: {
      action: "url",
      answerOnBridge: "bool",
      callerId: "string",
      callReason: "string",
      hangupOnStar: "bool",
      method: METHOD,
      record: [
        "do-not-record",
        "record-from-answer",
        "record-from-ringing",
        "record-from-answer-dual",
        "record-from-ringing-dual",
      ],
      recordingStatusCallback: "url",
      recordingStatusCallbackEvent: "string",
      recordingStatusCallbackMethod: METHOD,
      recordingTrack: ["both", "inbound", "outbound"],
      referMethod: METHOD,
      referUrl: "url",
      ringTone: "string",
      sequential: "bool",
      timeLimit: "posint",
      timeout: "posint",
      trim: ["trim-silence", "do-not-trim"],
    },
    children: ["Number", "Client", "Queue", "Conference"],
    text: "optional",
  },
  Number: {
    attrs: {
      sendDigits: "string",
      url: "url",
      method: METHOD,
      statusCallback: "url",
      statusCallbackEvent: "string",
      statusCallbackMethod: METHOD,
      byoc: "string",
    },
    children: [],
    text: "required",
  },
  Client: {
    attrs: {
      url: "url",
      method: METHOD,
      statusCallback: "url",
      statusCallbackEvent: "string",
      statusCallbackMethod: METHOD,
    },
    children: [],
    text: "required",
  },
  Queue: {
    attrs: { url: "url", method: METHOD, reservationSid: "string", postWorkActivitySid: "string" },
    children: [],
    text: "required",
  },
  Conference: {
    attrs: {
      muted: "bool",
      beep: ["true", "false", "onEnter", "onExit"],
      startConferenceOnEnter: "bool",
      endConferenceOnExit: "bool",
      waitUrl: "url",
      waitMethod: METHOD,
      maxParticipants: "posint",
      record: ["do-not-record", "record-from-start"],
      region: "string",
      trim: ["trim-silence", "do-not-trim"],
      coach: "string",
      statusCallback: "url",
      statusCallbackEvent: "string",
      statusCallbackMethod: METHOD,
      participantLabel: "string",
    },
    children: [],
    text: "required",
  },
  Enqueue: {
    attrs: { action: "url", method: METHOD, waitUrl: "url", waitUrlMethod: METHOD, workflowSid: "string" },
    children: [],
    text: "required",
  },
  Leave: { attrs: {}, children: [] },
  Hangup: { attrs: {}, children: [] },
  Redirect: { attrs: { method: METHOD }, children: [], text: "required", textIsUrl: true },
  Reject: { attrs: { reason: ["rejected", "busy"] }, children: [] },
};

/** Verbs, by the document they are in. */
const VERBS_IN: Record<TwimlContext, readonly string[]> = {
  call: ["Say", "Play", "Pause", "Gather", "Dial", "Enqueue", "Hangup", "Redirect", "Reject"],
  wait: ["Say", "Play", "Pause", "Gather", "Hangup", "Redirect", "Leave"],
  dequeue: ["Say", "Play", "Pause", "Redirect"],
};

/**
 * Which document this is: a call's own ("call"), one Twilio runs while the caller waits in a queue (Enqueue's
 * waitUrl and what its Gather leads to: "wait"), or the Queue noun's url document before bridging ("dequeue").
 */
export type TwimlContext = "call" | "wait" | "dequeue";

export interface CheckOptions {
  context?: TwimlContext;
  /** Whether a URL Twilio would request is acceptable (default: any absolute http(s) URL). */
  allowUrl?: (url: string) => boolean;
}

type Node = Record<string, unknown> & { ":@"?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  allowBooleanAttributes: false,
});

function checkValue(kind: Kind | readonly string[], value: string): boolean {
  if (Array.isArray(kind)) return kind.includes(value);
  switch (kind) {
    case "url":
      return value.length > 0;
    case "method":
      return value === "GET" || value === "POST";
    case "posint":
      return /^[1-9]\d*$/.test(value);
    case "nonneg":
      return /^\d+$/.test(value);
    case "bool":
      return value === "true" || value === "false";
    case "language":
      return /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(value);
    case "finishOnKey":
      return /^[0-9#*]?$/.test(value);
    case "input":
      return ["dtmf", "speech", "dtmf speech", "speech dtmf"].includes(value);
    default:
      return true;
  }
}

/** The problems of a TwiML document, each naming where it is; empty when the document is good. */
export function checkTwiml(xml: string, opts: CheckOptions = {}): string[] {
  const context = opts.context ?? "call";
  const allowUrl = opts.allowUrl ?? ((u: string) => /^https?:\/\/\S+$/.test(u));
  const problems: string[] = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`];
  const top = (parser.parse(xml) as Node[]).filter((n) => !("#comment" in n));
  const roots = top.filter((n) => !("#text" in n));
  if (roots.length !== 1 || top.some((n) => "#text" in n))
    return ["the document must hold exactly one root element and no text outside it"];
  const root = roots[0]!;
  const rootName = Object.keys(root).find((k) => k !== ":@")!;
  if (rootName !== "Response") return [`the root is <${rootName}>, not <Response>`];

  const url = (where: string, value: string) => {
    if (!allowUrl(value)) problems.push(`${where}: URL ${JSON.stringify(value)} is not one of ours`);
  };

  const walk = (node: Node, path: string, allowed: readonly string[]) => {
    const name = Object.keys(node).find((k) => k !== ":@")!;
    const here = `${path}/${name}`;
    const spec = TWIML_SPECS[name];
    if (!spec) {
      problems.push(`${here}: <${name}> is not a TwiML element`);
      return;
    }
    if (!allowed.includes(name)) {
      problems.push(`${here}: <${name}> is not allowed here (allowed: ${allowed.join(", ") || "nothing"})`);
      return;
    }
    for (const [attr, value] of Object.entries(node[":@"] ?? {})) {
      const kind = spec.attrs[attr];
      if (!kind) problems.push(`${here}: <${name}> takes no attribute "${attr}"`);
      else if (!checkValue(kind, String(value)))
        problems.push(`${here}: ${attr}=${JSON.stringify(value)} is not a valid value`);
      else if (kind === "url") url(`${here}@${attr}`, String(value));
    }
    const kids = (node[name] as Node[]) ?? [];
    const texts = kids.filter((k) => "#text" in k).map((k) => String(k["#text"]));
    const text = texts.join("").trim();
    if (text && !spec.text) problems.push(`${here}: <${name}> holds no text`);
    if (spec.text === "required" && !text) problems.push(`${here}: <${name}> needs text`);
    if (spec.textIsUrl && text) url(here, text);
    if (name === "Enqueue" || name === "Queue")
      if (text.length > 64) problems.push(`${here}: a queue's name is at most 64 characters`);
    const childNames = name === "Response" ? VERBS_IN[context] : spec.children;
    kids
      .filter((k) => !("#text" in k) && !("#comment" in k))
      .forEach((k, i) => {
        walk(k, `${here}[${i}]`, childNames);
      });
  };
  walk(root, "", ["Response"]);
  return problems;
}
