import { describe, expect, it } from "vitest";
import { devMailEnabled, devMailProductionWarning, isDemoAddress, isDemoRecipientList } from "./dev-mail-policy";

describe("isDemoAddress", () => {
  it("accepts addresses in the demo and reserved domains", () => {
    for (const a of [
      "admin@zonnedal.demo",
      "Regie <regie@brussel-noord.demo>",
      "X@Mail.TEST",
      "someone@app.localhost",
      "a@b.example",
      "a@sub.zorgzaam.demo.",
    ]) {
      expect(isDemoAddress(a), a).toBe(true);
    }
  });

  it("refuses real and look-alike domains", () => {
    for (const a of [
      "jan@gmail.com",
      "a@example.org",
      "a@example.com",
      "a@demo",
      "a@.demo",
      "a@zonnedal.demo.evil.be",
      "a@notdemo",
      "a@x.democracy",
      "Name <a@x.demo> <b@gmail.com>",
      "x.demo",
      "",
      "a b@x.demo",
    ]) {
      expect(isDemoAddress(a), a).toBe(false);
    }
  });
});

describe("isDemoRecipientList", () => {
  it("needs every recipient to be a demo address", () => {
    expect(isDemoRecipientList("a@x.demo, b@y.test")).toBe(true);
    expect(isDemoRecipientList("a@x.demo, b@gmail.com")).toBe(false);
    expect(isDemoRecipientList("")).toBe(false);
  });
});

describe("devMailEnabled", () => {
  const cases = [
    { NODE_ENV: "development", SMTP_CAPTURE: true, DEV_MAIL_IN_PRODUCTION: false, on: true },
    { NODE_ENV: "test", SMTP_CAPTURE: true, DEV_MAIL_IN_PRODUCTION: false, on: true },
    { NODE_ENV: "development", SMTP_CAPTURE: false, DEV_MAIL_IN_PRODUCTION: false, on: false },
    { NODE_ENV: "production", SMTP_CAPTURE: true, DEV_MAIL_IN_PRODUCTION: false, on: false },
    { NODE_ENV: "production", SMTP_CAPTURE: true, DEV_MAIL_IN_PRODUCTION: true, on: true },
    { NODE_ENV: "production", SMTP_CAPTURE: false, DEV_MAIL_IN_PRODUCTION: true, on: false },
  ] as const;
  it.each(cases)("$NODE_ENV, capture $SMTP_CAPTURE, override $DEV_MAIL_IN_PRODUCTION → $on", ({ on, ...e }) => {
    expect(devMailEnabled(e)).toBe(on);
  });

  it("warns only for a production build with the override", () => {
    expect(devMailProductionWarning({ NODE_ENV: "production", SMTP_CAPTURE: true, DEV_MAIL_IN_PRODUCTION: true })).toMatch(
      /DEV_MAIL_IN_PRODUCTION is on.*\/dev\/mail/,
    );
    expect(devMailProductionWarning({ NODE_ENV: "production", SMTP_CAPTURE: true, DEV_MAIL_IN_PRODUCTION: false })).toBeNull();
    expect(devMailProductionWarning({ NODE_ENV: "development", SMTP_CAPTURE: true, DEV_MAIL_IN_PRODUCTION: true })).toBeNull();
  });
});
