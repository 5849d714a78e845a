import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashToken } from "../auth/tokens";
import { assertNoPersonalData, findPersonalData, JobPersonalDataError, personalDataKind, redactPersonalData } from "./guard";

// Fixed tokens (as newLinkToken makes them: 32 random bytes in base64url), so the tests do not depend on chance: the
// heuristic misses about 1 in 3000 random tokens.
const TOKEN = "kX9vQ2mT7bYp4LwR1sNc8HjD3fGz6AeU5iKo0VqWtMx";
const TOKEN2 = "rT3_vN8kQ1xZ7mB4pL0sW9yC2dF6hJ5gK-aE3uR8tYq";

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
    const token = TOKEN;
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
    expect(personalDataKind(`key ${TOKEN2}`)).toBe("a token");
    // Words, titles, file names and dates are not tokens, however long.
    for (const words of [
      "reflectie-reminders-for-the-whole-neighbourhood-team",
      "reflectie-2026-12-04-samenwerken-met-partners.pdf",
      "Q1-2026-Evaluatie-Netwerk-Brussel-Noord-v2",
      "AanpakEenzaamheidBijOuderenInDeWijkMolenwijk2026",
      "Buurtcafe-DeZonnebloem-OpenDag-2026-05-12-Verslag",
    ]) {
      expect(personalDataKind(words), words).toBeNull();
    }
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
    const token = TOKEN;
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
