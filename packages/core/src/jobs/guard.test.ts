import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashToken, newLinkToken } from "../auth/tokens";
import { assertNoPersonalData, findPersonalData, JobPersonalDataError, personalDataKind, redactPersonalData } from "./guard";

describe("job guard", () => {
  it("lets ids, numbers and the platform's own idempotency keys and scheduler ids through", () => {
    const id = randomUUID();
    for (const ok of [
      { mailId: id },
      { actorIds: [id, randomUUID()] },
      { personId: id, requestedBy: null },
      {},
      { n: 42, flag: true, at: new Date() },
    ]) {
      expect(findPersonalData(ok, "payload"), JSON.stringify(ok)).toBeNull();
    }
    for (const key of [
      `invitation-${id}`,
      `reflectie-reminder-${id}-2026-12-04-${randomUUID()}`,
      `${id}.${randomUUID()}.29876543`,
      `${id}:${Date.now()}`,
      `mail-${id}`,
      `reflectie-reminders-${id}`,
      "core.housekeeping",
      "partners-import-expire-a-rather-long-but-plain-name",
    ]) {
      expect(personalDataKind(key), key).toBeNull();
    }
  });

  it("finds addresses, sign-in and invitation links, links with a query, and tokens, wherever they are", () => {
    const { token } = newLinkToken();
    expect(findPersonalData({ to: "An.Peeters+buurt@example.be" }, "payload")).toBe("payload.to looks like an e-mail address");
    expect(findPersonalData({ a: [{ b: `Hallo <an@example.org>` }] }, "payload")).toBe("payload.a[0].b looks like an e-mail address");
    expect(findPersonalData({ byAddress: { "an@example.org": 1 } }, "payload")).toBe(
      "a key in payload.byAddress looks like an e-mail address",
    );
    expect(personalDataKind(`https://zorgzaam.example/t/gent/invite/${token}`)).toBe("a sign-in or invitation link");
    expect(personalDataKind("/api/auth/callback/email?token=x")).toBe("a sign-in or invitation link");
    expect(personalDataKind("https://geocoder.example/search?q=Kerkstraat+1")).toBe("a link with a token or query");
    expect(personalDataKind(`https://zorgzaam.example/reset/${token}`)).toBe("a link with a token or query");
    expect(personalDataKind(token)).toBe("a token");
    expect(personalDataKind(hashToken(token))).toBe("a token");
    expect(personalDataKind(randomBytes(32).toString("base64url"))).toBe("a token");
    // Long identifiers in words are not tokens.
    expect(personalDataKind("reflectie-reminders-for-the-whole-neighbourhood-team")).toBeNull();
    // A plain link to a page is not personal.
    expect(personalDataKind("https://zorgzaam.example/t/gent/reflectie")).toBeNull();
  });

  it("names the place, never the value, in the error", () => {
    const to = "an@example.org";
    const call = () => assertNoPersonalData("core.mail.send", { to });
    expect(call).toThrow(JobPersonalDataError);
    expect(call).toThrow(/Job "core\.mail\.send": payload\.to looks like an e-mail address/);
    try {
      call();
    } catch (e) {
      expect((e as Error).message).not.toContain(to);
    }
    expect(() => assertNoPersonalData("x.y", {}, "welcome:an@example.org")).toThrow(/idempotencyKey looks like an e-mail address/);
  });

  it("redacts addresses, links with secrets and tokens from error texts, and keeps the rest", () => {
    const { token } = newLinkToken();
    const text = `550 <an@example.org> rejected; link https://zorgzaam.example/t/gent/invite/${token} token ${token} at /work/node_modules/@zorgzaam/core/src/x.ts:3 job ${randomUUID()}`;
    const out = redactPersonalData(text);
    expect(out).not.toContain("an@example.org");
    expect(out).not.toContain(token);
    expect(out).toContain("<[e-mail]>");
    expect(out).toContain("link [link]");
    expect(out).toContain("token [token]");
    expect(out).toContain("/work/node_modules/@zorgzaam/core/src/x.ts:3");
    expect(redactPersonalData("relative /t/gent/invite/abc and /api/auth/callback/email?x=1 too")).toBe("relative [link] and [link] too");
  });
});
