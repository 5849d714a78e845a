import { describe, expect, it } from "vitest";
import { z } from "zod";
import { LIMITS } from "../limits";
import { catalogKeys as keysOf } from "./catalog";
import { LOCALES, localeFromHeaders, pickLocale, serverMessages, translate } from "./index";
import { describeIssue, fieldMessages, ISSUE_MESSAGES, issueMessage } from "./zod";

function issuesOf(schema: z.ZodType, input: unknown): z.core.$ZodIssue[] {
  const r = schema.safeParse(input);
  if (r.success) throw new Error("expected a validation problem");
  return r.error.issues;
}

/** One real issue for every zod issue code we map (the count is asserted, so a new code must be added here). */
const SAMPLES: Record<keyof typeof ISSUE_MESSAGES, () => z.core.$ZodIssue[]> = {
  invalid_type: () => issuesOf(z.object({ a: z.string() }), { a: 5 }),
  too_big: () => issuesOf(z.string().max(3), "abcd"),
  too_small: () => issuesOf(z.array(z.string()).min(2), []),
  invalid_format: () => issuesOf(z.email(), "nope"),
  not_multiple_of: () => issuesOf(z.number().multipleOf(5), 7),
  unrecognized_keys: () => issuesOf(z.strictObject({ a: z.string() }), { a: "x", b: 1 }),
  invalid_union: () => issuesOf(z.union([z.string(), z.number()]), true),
  invalid_key: () => issuesOf(z.record(z.string().min(2), z.string()), { b: "x" }),
  invalid_element: () => issuesOf(z.map(z.object({}), z.number()), new Map([[{}, "x"]])),
  invalid_value: () => issuesOf(z.enum(["a", "b"]), "c"),
  custom: () =>
    issuesOf(
      z.string().refine(() => false),
      "x",
    ),
};

describe("server catalogs", () => {
  it("have the same keys in nl, fr and en, none empty", () => {
    const nl = keysOf(serverMessages.nl).sort();
    expect(nl.length).toBeGreaterThan(20);
    for (const locale of LOCALES) {
      expect(keysOf(serverMessages[locale]).sort(), locale).toEqual(nl);
      for (const key of nl)
        expect(
          translate(locale, key as never, {
            max: 2,
            min: 2,
            divisor: 2,
            keys: "x",
            details: "x",
            ref: "x",
            count: 2,
            points: 2,
            lon: "x",
            lat: "x",
            email: "x",
            names: "x",
            module: "x",
            id: "x",
            state: "x",
            maxMb: 2,
            types: "x",
            maxMegapixels: 2,
            seconds: 3,
            minutes: 2,
            about: "x",
            reference: "x",
            name: "x",
            privacy: "x",
            message: "x",
            tenant: "x",
            url: "x",
          }).trim(),
          `${locale} ${key}`,
        ).not.toBe("");
    }
  });

  it("have a message for every zod issue code we map, in every language", () => {
    const codes = Object.keys(ISSUE_MESSAGES);
    expect(codes).toHaveLength(11);
    expect(Object.keys(SAMPLES).sort()).toEqual([...codes].sort());
    for (const [code, sample] of Object.entries(SAMPLES)) {
      const issues = sample();
      const issue = issues.find((i) => i.code === code);
      expect(issue, code).toBeDefined();
      if (!issue) continue;
      const { key } = describeIssue(issue);
      for (const locale of LOCALES) {
        const text = issueMessage(issue, locale);
        expect(keysOf(serverMessages[locale]), `${locale} ${key}`).toContain(key);
        expect(text, `${locale} ${code}`).not.toMatch(/^(Invalid|Too (big|small)|Unrecognized)/);
        expect(text.trim()).not.toBe("");
      }
    }
  });
});

describe("validation messages in the caller's language", () => {
  const tooLong = issuesOf(z.object({ name: z.string().max(100) }), { name: "x".repeat(101) });

  it("renders a too long text as a message that names the limit", () => {
    expect(fieldMessages(new z.ZodError(tooLong), "nl")).toEqual({ name: "Maximaal 100 tekens" });
    expect(fieldMessages(new z.ZodError(tooLong), "fr")).toEqual({ name: "100 caractères maximum" });
    expect(fieldMessages(new z.ZodError(tooLong), "en")).toEqual({ name: "At most 100 characters" });
  });

  it("formats the limit as the language writes numbers", () => {
    const [issue] = issuesOf(z.string().max(LIMITS.notes), "x".repeat(LIMITS.notes + 1));
    if (!issue) throw new Error("issue expected");
    expect(issueMessage(issue, "nl")).toBe("Maximaal 10.000 tekens");
    expect(issueMessage(issue, "fr")).toMatch(/^10\s000 caractères maximum$/u);
    expect(issueMessage(issue, "en")).toBe("At most 10,000 characters");
  });

  it("keeps a schema's own Dutch message for nl and uses the code's message for fr and en", () => {
    const issues = issuesOf(z.object({ firstName: z.string().trim().min(1, "Vul een voornaam in") }), { firstName: " " });
    const error = new z.ZodError(issues);
    expect(fieldMessages(error, "nl")).toEqual({ firstName: "Vul een voornaam in" });
    expect(fieldMessages(error, "fr")).toEqual({ firstName: "Veuillez remplir ce champ" });
    expect(fieldMessages(error, "en")).toEqual({ firstName: "Please fill in this field" });
  });

  it("says a missing field is required, and names other problems plainly", () => {
    const error = new z.ZodError(
      issuesOf(z.object({ a: z.string(), b: z.uuid(), c: z.enum(["x"]), d: z.array(z.string()).max(2), e: z.number().max(5) }), {
        b: "1",
        c: "y",
        d: ["1", "2", "3"],
        e: 6,
      }),
    );
    expect(fieldMessages(error, "nl")).toEqual({
      a: "Vul dit veld in",
      b: "Ongeldige verwijzing",
      c: "Kies een van de mogelijkheden",
      d: "Kies er hoogstens 2",
      e: "Kies een getal tot en met 5",
    });
    expect(fieldMessages(error, "en").a).toBe("Please fill in this field");
  });
});

describe("the request's language", () => {
  it("is the locale cookie, else the first known Accept-Language, else Dutch", () => {
    expect(pickLocale("fr", "en-GB,en")).toBe("fr");
    expect(pickLocale("xx", "de-DE, en-GB;q=0.8, fr;q=0.5")).toBe("en");
    expect(pickLocale(null, "FR-be")).toBe("fr");
    expect(pickLocale(undefined, "de")).toBe("nl");
    expect(pickLocale(null, null)).toBe("nl");
    expect(localeFromHeaders(new Headers({ cookie: "a=b; NEXT_LOCALE=en", "accept-language": "fr" }))).toBe("en");
    expect(localeFromHeaders(new Headers({ "accept-language": "fr-BE,fr;q=0.9" }))).toBe("fr");
  });
});
