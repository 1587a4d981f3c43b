import { describe, expect, it } from "vitest";
import { checkTwiml } from "./twiml.checker.js";
import { el, twiml } from "./twiml.js";

const ours = (u: string) => u.startsWith("https://city.example/telephony/twilio/");
const check = (xml: string, context: "call" | "wait" | "dequeue" = "call") =>
  checkTwiml(xml, { context, allowUrl: ours });

describe("the TwiML checker", () => {
  it("accepts documents built as Twilio documents them", () => {
    expect(
      check(
        twiml(
          el(
            "Gather",
            { input: "dtmf", numDigits: 1, action: "https://city.example/telephony/twilio/menu?lang=en" },
            el("Say", { language: "en-US" }, "Press 1 & wait <here>"),
            el("Pause", { length: 1 }),
          ),
          el("Redirect", { method: "POST" }, "https://city.example/telephony/twilio/operator?lang=en"),
        ),
      ),
    ).toEqual([]);
    expect(
      check(
        twiml(
          el(
            "Dial",
            {},
            el("Queue", { url: "https://city.example/telephony/twilio/dequeued?agent=3" }, "311"),
          ),
        ),
      ),
    ).toEqual([]);
    expect(check(twiml(el("Say", {}, "Hi"), el("Leave")), "wait")).toEqual([]);
    expect(check(twiml())).toEqual([]);
  });

  it("fails on each kind of mistake", () => {
    const bad: [string, RegExp, ("call" | "wait" | "dequeue")?][] = [
      ["<Response><Say>hi</Say>", /well-formed/],
      ['<?xml version="1.0"?><Reply><Say>hi</Say></Reply>', /root is <Reply>/],
      ["<Response><Speak>hi</Speak></Response>", /not a TwiML element/],
      ['<Response><Say colour="red">hi</Say></Response>', /takes no attribute "colour"/],
      ['<Response><Gather numDigits="one"/></Response>', /numDigits="one" is not a valid value/],
      ['<Response><Gather method="PUT"/></Response>', /method="PUT"/],
      ["<Response><Gather><Dial>311</Dial></Gather></Response>", /<Dial> is not allowed here/],
      ["<Response><Gather><Gather/></Gather></Response>", /<Gather> is not allowed here/],
      ["<Response><Dial><Say>hi</Say></Dial></Response>", /<Say> is not allowed here/],
      ["<Response><Queue>311</Queue></Response>", /<Queue> is not allowed here/],
      ["<Response>hello</Response>", /holds no text/],
      ["<Response><Say/></Response>", /needs text/],
      ["<Response><Enqueue/></Response>", /needs text/],
      ["<Response><Leave/></Response>", /<Leave> is not allowed here/],
      ["<Response><Dial>311</Dial></Response>", /not allowed here/, "wait"],
      ["<Response><Gather/></Response>", /not allowed here/, "dequeue"],
      ['<Response><Gather action="https://evil.example/x"/></Response>', /not one of ours/],
      ["<Response><Redirect>https://city.example/elsewhere</Redirect></Response>", /not one of ours/],
      ['<Response><Enqueue waitUrl="/relative">311</Enqueue></Response>', /not one of ours/],
      ["<Response/><Response/>", /exactly one root|well-formed/],
    ];
    for (const [xml, problem, context] of bad) {
      const problems = check(xml, context);
      expect(problems.join("\n"), xml).toMatch(problem);
    }
  });
});
