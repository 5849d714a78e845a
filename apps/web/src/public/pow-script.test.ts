import { webcrypto } from "node:crypto";
import { runInNewContext } from "node:vm";
import { createChallenge, verifySolution } from "altcha-lib/v1";
import { describe, expect, it } from "vitest";
import { POW_SCRIPT } from "./pow-script";

/** Runs the page's script against a stand-in form; resolves with the value it put in "altcha" when it sent the form. */
function runInForm(challenge: unknown): Promise<{ value: string; prevented: boolean }> {
  return new Promise((resolve) => {
    const field = { value: "" };
    let onSubmit: ((e: { preventDefault(): void }) => void) | undefined;
    let prevented = false;
    const form = {
      querySelector: (q: string) => (q.includes("altcha") ? field : null),
      addEventListener: (_: string, fn: typeof onSubmit) => {
        onSubmit = fn;
      },
      submit: () => resolve({ value: field.value, prevented }),
    };
    const script = { closest: () => form, getAttribute: () => JSON.stringify(challenge) };
    const window = { crypto: webcrypto, TextEncoder };
    runInNewContext(POW_SCRIPT, { document: { currentScript: script }, window, crypto: webcrypto, TextEncoder, btoa, Array, JSON });
    onSubmit?.({
      preventDefault: () => {
        prevented = true;
      },
    });
  });
}

describe("the proof-of-work script of public forms", () => {
  it("solves an ALTCHA challenge as altcha-lib verifies it, and sends the form with the solution", async () => {
    const challenge = await createChallenge({ hmacKey: "k", maxnumber: 500, expires: new Date(Date.now() + 60_000), params: { t: "x" } });
    const sent = await runInForm(challenge);
    expect(sent.prevented).toBe(true);
    expect(await verifySolution(sent.value, "k")).toBe(true);
    expect(await verifySolution(sent.value, "another key")).toBe(false);
  });

  it("is small, and has nothing that would end the inline script early", () => {
    expect(POW_SCRIPT.length).toBeLessThan(1200);
    expect(POW_SCRIPT).not.toContain("</");
  });
});
