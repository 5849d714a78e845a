import { catalogKeys as keys } from "@zorgzaam/core/testing";
import { manifestProblems } from "@zorgzaam/core/testing";
import { describe, expect, it } from "vitest";
import { manifest } from "./manifest";
import en from "./messages/en.json";
import fr from "./messages/fr.json";
import nl from "./messages/nl.json";

describe("reflectie manifest and messages", () => {
  it("is a valid manifest whose settings all have defaults", () => {
    expect(manifestProblems(manifest)).toEqual([]);
    expect(manifest.settings.parse({})).toEqual({ defaultRhythmWeeks: 6, reminderDaysBefore: 3, sendDigest: true });
  });

  it("has every message in nl, fr and en, non-empty, with a label for every permission and navigation entry", () => {
    const nlKeys = keys(nl).sort();
    expect(keys(fr).sort()).toEqual(nlKeys);
    expect(keys(en).sort()).toEqual(nlKeys);
    for (const p of manifest.permissions) expect(nlKeys).toContain(`permissions.${p.key.replaceAll(".", "_")}`);
    for (const n of manifest.navigation) expect(nlKeys).toContain(n.labelKey);
  });

  it("gives volunteers nothing but taking part in the sessions they are invited to", () => {
    const of = (role: string) => manifest.permissions.filter((p) => (p.defaultRoles as readonly string[]).includes(role)).map((p) => p.key);
    expect(of("volunteer")).toEqual(["reflectie.sessions.participate"]);
    expect(of("regie").sort()).toEqual(manifest.permissions.map((p) => p.key).sort());
  });
});
