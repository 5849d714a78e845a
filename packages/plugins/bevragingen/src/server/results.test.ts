/**
 * Suppression in ONE place (buildResults): whatever counts the SQL gives, no figure under the threshold is shown in
 * any total, breakdown, choice, group row or tag count, and no hidden cell can be worked out from a shown total.
 */
import { describe, expect, it } from "vitest";
import { suppressTable } from "../logic";
import { BUURTBEVRAGING } from "./starter";
import { longTable, resultTables } from "./export";
import type { LoadedResults } from "./load-results";
import { buildResults, DIMENSIONS, type RawResults } from "./results";

/** Small deterministic generator. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

const neighbourhoods = ["n1", "n2", "n3"];
const versions = ["v1", "v2"];

/** Raw counts as the SQL would give them for a random set of respondents. */
function randomRaw(seed: number, people: number, breakdown: (typeof DIMENSIONS)[number] | null): RawResults {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T;
  const rows = Array.from({ length: people }, () => ({
    channel: pick(["public", "assisted", "paper"]),
    language: pick(["nl", "fr", "en"]),
    nb: r() < 0.9 ? pick(neighbourhoods) : null,
    ver: pick(versions),
    answers: {
      area: pick(neighbourhoods),
      liking: 1 + Math.floor(r() * 5),
      ...(r() < 0.5 ? { years: Math.floor(r() * 30) } : {}),
      ...(r() < 0.5 ? { missing: ["shop", "bus", "green"].filter(() => r() < 0.4) } : {}),
      lonely: r() < 0.2 ? "yes" : "no",
      ...(r() < 0.3 ? { wish: "x" } : {}),
    } as Record<string, unknown>,
    tags: r() < 0.3 ? [pick(["verkeer", "groen", "zorg"])] : [],
  }));
  const grpOf = (p: (typeof rows)[number]) =>
    breakdown === "channel"
      ? p.channel
      : breakdown === "language"
        ? p.language
        : breakdown === "neighbourhood"
          ? (p.nb ?? "")
          : breakdown === "version"
            ? p.ver
            : "";
  const tally = <K extends string>(keyOf: (p: (typeof rows)[number]) => K[]) => {
    const m = new Map<K, number>();
    for (const p of rows) for (const k of keyOf(p)) m.set(k, (m.get(k) ?? 0) + 1);
    return m;
  };
  const dims: RawResults["dims"] = [{ g: 15, channel: null, language: null, nb: null, ver: null, n: rows.length }];
  for (const [k, n] of tally((p) => [p.channel])) dims.push({ g: 7, channel: k, language: null, nb: null, ver: null, n });
  for (const [k, n] of tally((p) => [p.language])) dims.push({ g: 11, channel: null, language: k, nb: null, ver: null, n });
  for (const [k, n] of tally((p) => [p.nb ?? ""])) dims.push({ g: 13, channel: null, language: null, nb: k || null, ver: null, n });
  for (const [k, n] of tally((p) => [p.ver])) dims.push({ g: 14, channel: null, language: null, nb: null, ver: k, n });
  const questions: RawResults["questions"] = [];
  for (const [k, n] of tally((p) => Object.keys(p.answers).map((q) => `${q}\u0000${grpOf(p)}`))) {
    const [q, grp] = k.split("\u0000") as [string, string];
    questions.push({ q, grp, n, nums: 0, sum: 0 });
  }
  const choices: RawResults["choices"] = [];
  for (const [k, n] of tally((p) =>
    Object.entries(p.answers).flatMap(([q, v]) => (Array.isArray(v) ? v : [String(v)]).map((x) => `${q}\u0000${x}\u0000${grpOf(p)}`)),
  )) {
    const [q, value, grp] = k.split("\u0000") as [string, string, string];
    choices.push({ q, value, grp, n });
  }
  const tags: RawResults["tags"] = [];
  for (const [k, n] of tally((p) => p.tags)) tags.push({ q: "wish", tag: k, n });
  return {
    dims,
    questions,
    choices,
    words: [
      { q: "wish", word: "bank", n: 3 },
      { q: "wish", word: "groen", n: 9 },
    ],
    tags,
    quotes: [],
  };
}

describe("results with small groups hidden (buildResults)", () => {
  it("shows no figure under the threshold anywhere, with or without a breakdown", () => {
    for (let seed = 1; seed < 120; seed++) {
      const min = 2 + (seed % 8);
      const breakdown = seed % 5 === 0 ? null : DIMENSIONS[seed % 4];
      const raw = randomRaw(seed, 3 + ((seed * 7) % 60), breakdown ?? null);
      const res = buildResults(BUURTBEVRAGING, raw, { neighbourhoods, versions, breakdown: breakdown ?? null, min });
      const ok = (n: number | null) => n === null || n === 0 || n >= min;
      expect(ok(res.total)).toBe(true);
      for (const cells of [res.byChannel, res.byLanguage, res.byNeighbourhood, res.byVersion])
        for (const c of cells) expect(ok(c.count), `seed ${seed}`).toBe(true);
      for (const q of res.questions) {
        expect(ok(q.answered)).toBe(true);
        for (const c of q.cells ?? []) expect(ok(c.count)).toBe(true);
        for (const c of q.tags ?? []) expect(ok(c.count)).toBe(true);
        for (const w of q.words ?? []) expect(w.count).toBeGreaterThanOrEqual(min);
        for (const g of q.groups ?? []) {
          expect(ok(g.answered)).toBe(true);
          for (const c of g.cells ?? []) expect(ok(c), `seed ${seed} ${q.key} ${g.group}`).toBe(true);
        }
      }
    }
  });

  it("hides a breakdown's group entirely when too few in it answered, and a total under the threshold", () => {
    const raw = randomRaw(7, 4, "channel");
    const res = buildResults(BUURTBEVRAGING, raw, { neighbourhoods, versions, breakdown: "channel", min: 5 });
    expect(res.total).toBeNull();
    // Four people: every question is answered by none (0) or by too few (hidden, with nothing under it).
    for (const q of res.questions) {
      if (q.answered === 0) continue;
      expect(q).toMatchObject({ answered: null, cells: null, groups: null, mean: null });
    }
  });
});

describe("downloads with small groups hidden (CSV and XLSX tables)", () => {
  it("write no count under the threshold in any row or column, with or without a breakdown", () => {
    for (let seed = 1; seed < 60; seed++) {
      const min = 2 + (seed % 8);
      const breakdown = seed % 5 === 0 ? null : (DIMENSIONS[seed % 4] ?? null);
      const raw = randomRaw(seed, 3 + ((seed * 11) % 80), breakdown);
      const built = buildResults(BUURTBEVRAGING, raw, { neighbourhoods, versions, breakdown, min });
      const r: LoadedResults = {
        ...built,
        survey: { id: "s", title: { nl: "Test" }, languages: ["nl", "fr", "en"], status: "open", previousRoundId: null },
        version: { id: "v1", number: 1 },
        versionId: null,
        versions: versions.map((id, i) => ({ id, number: i + 1 })),
        content: BUURTBEVRAGING,
        neighbourhoods: neighbourhoods.map((id) => ({ id, name: id })),
      };
      const ok = (v: unknown) => typeof v !== "number" || v === 0 || v >= min;
      // CSV: the long table; the count is the last column (a mean sits in its own row, named as the mean).
      for (const row of longTable(r, "nl").rows)
        if (row[2] !== "Gemiddelde") expect(ok(row[4]), `seed ${seed}: ${row.join(" | ")}`).toBe(true);
      // XLSX: every count column of every sheet (the mean row excepted).
      for (const sheet of resultTables(r, "nl"))
        for (const row of sheet.rows)
          if (row[1] !== "Gemiddelde")
            for (const v of row.slice(1)) expect(ok(v), `seed ${seed} ${sheet.name}: ${row.join(" | ")}`).toBe(true);
    }
  });
});

describe("suppressTable", () => {
  it("hides small cells and, in a row or column with one hidden cell, the next smallest", () => {
    expect(
      suppressTable(
        [
          [10, 2, 8],
          [12, 9, 7],
        ],
        5,
      ),
    ).toEqual([
      [10, null, null],
      [12, null, null],
    ]);
  });

  it("never leaves exactly one hidden non-empty cell in a line that has other non-empty cells", () => {
    const r = rng(3);
    for (let i = 0; i < 300; i++) {
      const rows = 1 + Math.floor(r() * 5);
      const cols = 1 + Math.floor(r() * 5);
      const counts = Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.floor(r() * 14)));
      const min = 2 + Math.floor(r() * 6);
      const out = suppressTable(counts, min);
      const lines = [
        ...counts.map((row, ri) => row.map((_, ci) => [ri, ci] as const)),
        ...Array.from({ length: cols }, (_, ci) => counts.map((_, ri) => [ri, ci] as const)),
      ];
      for (const line of lines) {
        const nonEmpty = line.filter(([a, b]) => (counts[a]?.[b] ?? 0) > 0);
        const hidden = nonEmpty.filter(([a, b]) => out[a]?.[b] === null);
        if (nonEmpty.length > 1) expect(hidden.length === 1).toBe(false);
        for (const [a, b] of line) {
          const v = out[a]?.[b];
          if (v !== null && v !== undefined) expect(v === 0 || v >= min).toBe(true);
        }
      }
    }
  });
});
