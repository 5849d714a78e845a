/**
 * Merging two records of one person (people.merge, issue 11: a public form always makes a new person; staff who
 * recognise her merge it into the record they know). Generated from the catalogue: a row about the merged record in
 * every table that references "Person" (core's and every module's) must refer to the kept record afterwards, so a new
 * module's table is covered without a line here.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, closeAll, createTenant, ownerDb, quoteIdent, seedModules, sessionFor, type TenantFixture, tryCall } from "./fixtures";
import { personReferences, plantRow, type PlantedRow } from "./person-rows";

let T: TenantFixture;

beforeAll(async () => {
  T = await createTenant({ tag: "merge" });
  await seedModules(T);
});

afterAll(async () => {
  await closeAll();
});

async function newPerson(data: Record<string, unknown>) {
  return ownerDb().person.create({
    data: { tenantId: T.id, neighbourhoodId: T.neighbourhoods[0].id, ...data } as never,
    select: { id: true },
  });
}

async function personOf(row: PlantedRow, column: string): Promise<string | null> {
  const r = await ownerDb().$queryRawUnsafe<{ p: string | null }[]>(
    `SELECT ${quoteIdent(column)}::text AS p FROM ${quoteIdent(row.table)} WHERE id = $1::uuid`,
    row.id,
  );
  return r[0]?.p ?? null;
}

describe("merging two records of one person", () => {
  it("moves every row about the merged record, in core and every module, to the kept one; fills empty fields", async () => {
    const keep = await newPerson({ firstName: "Maria", lastName: "Janssens", phone: "0470 00 00 10", languages: ["nl"] });
    const merged = await newPerson({
      firstName: "Maria",
      email: "maria@example.org",
      languages: ["fr"],
      publicReference: "K7QM-2XPA",
      notes: "Kwam via het contactformulier.",
    });
    const refs = await personReferences();
    const planted: { row: PlantedRow; column: string }[] = [];
    for (const r of refs.filter((x) => x.table !== "PersonalDataExport")) {
      const row = await plantRow(r.table, r.column, { tenantId: T.id, personId: merged.id, mark: "merge", planted: [] });
      planted.push({ row, column: r.column });
    }
    expect(planted.length).toBeGreaterThanOrEqual(10);

    const regie = callerFor(sessionFor(T.users.regie), T.slug);
    const r = await regie.people.merge({ id: keep.id, mergeId: merged.id });
    expect(r.moved).toBeGreaterThanOrEqual(planted.length);

    const stillMerged: string[] = [];
    for (const p of planted) if ((await personOf(p.row, p.column)) !== keep.id) stillMerged.push(`${p.row.table}.${p.column}`);
    expect(stillMerged).toEqual([]);
    expect(await ownerDb().person.findUnique({ where: { id: merged.id } })).toBeNull();
    const kept = await ownerDb().person.findUniqueOrThrow({ where: { id: keep.id } });
    // What staff recorded stays; what was missing comes from the merged record; notes are put together.
    expect(kept).toMatchObject({ lastName: "Janssens", phone: "0470 00 00 10", email: "maria@example.org", publicReference: "K7QM-2XPA" });
    expect(kept.languages.sort()).toEqual(["fr", "nl"]);
    expect(kept.notes).toContain("Kwam via het contactformulier.");
    const audit = await ownerDb().auditEvent.findFirst({ where: { tenantId: T.id, action: "person.merged", targetId: keep.id } });
    expect(audit).not.toBeNull();
  });

  it("moves rows the member who merges cannot see too (a colleague's refused survey answer): nothing is lost", async () => {
    const keep = await newPerson({ firstName: "Rita" });
    const merged = await newPerson({ firstName: "Rita" });
    // A field worker sees only the refused answers she entered herself (RLS); this one was entered by the regie.
    const refs = await personReferences();
    const hidden = refs.find((r) => r.table === "BevragingenRejected");
    if (!hidden)
      throw new Error("BevragingenRejected no longer references Person: choose another table with rows a field worker cannot see");
    const row = await plantRow(hidden.table, hidden.column, { tenantId: T.id, personId: merged.id, mark: "hidden", planted: [] });
    await ownerDb().bevragingenRejected.update({ where: { id: row.id }, data: { enteredById: T.users.regie.id } });
    const fw = callerFor(sessionFor(T.users.field_worker), T.slug);
    await fw.people.merge({ id: keep.id, mergeId: merged.id });
    expect(await personOf(row, hidden.column)).toBe(keep.id);
  });

  it("refuses a person with herself, one out of the member's neighbourhoods, and unreadable notes; changes nothing", async () => {
    const a = await newPerson({ firstName: "Anna" });
    const b = await newPerson({ firstName: "Bert", notes: "Gevoelig." });
    const far = await newPerson({ firstName: "Ver", neighbourhoodId: T.neighbourhoods[1].id });
    const regie = callerFor(sessionFor(T.users.regie), T.slug);
    const same = await tryCall(regie, "people.merge", { id: a.id, mergeId: a.id });
    expect(same.ok ? "ok" : same.code).toBe("BAD_REQUEST");
    // The field worker works in neighbourhoods[0] only.
    const fw = callerFor(sessionFor(T.users.field_worker), T.slug);
    const out = await tryCall(fw, "people.merge", { id: a.id, mergeId: far.id });
    expect(out.ok).toBe(false);
    // The admin may manage people but not read notes: a record with notes is merged by someone who may.
    const admin = callerFor(sessionFor(T.users.admin), T.slug);
    const notes = await tryCall(admin, "people.merge", { id: a.id, mergeId: b.id });
    expect(notes.ok ? "ok" : notes.code).toBe("FORBIDDEN");
    expect(await ownerDb().person.count({ where: { id: { in: [a.id, b.id, far.id] } } })).toBe(3);
  });

  it("refuses the whole merge when both records hold something that exists once per person", async () => {
    const a = await newPerson({ firstName: "Chris" });
    const b = await newPerson({ firstName: "Chris" });
    // A unique (tenant, person) row on both sides: a Burenhulp helper profile.
    const refs = await personReferences();
    const once = refs.find((r) => r.table === "BurenhulpHelper");
    if (!once) throw new Error("BurenhulpHelper no longer references Person: choose another table with a row once per person");
    await plantRow(once.table, once.column, { tenantId: T.id, personId: a.id, mark: "once", planted: [] });
    await plantRow(once.table, once.column, { tenantId: T.id, personId: b.id, mark: "once", planted: [] });
    const regie = callerFor(sessionFor(T.users.regie), T.slug);
    const o = await tryCall(regie, "people.merge", { id: a.id, mergeId: b.id });
    expect(o.ok ? "ok" : o.code).toBe("CONFLICT");
    expect(o.ok ? "" : o.message).toMatch(/maar één keer per persoon/);
    expect(await ownerDb().person.count({ where: { id: { in: [a.id, b.id] } } })).toBe(2);
    expect(await ownerDb().burenhulpHelper.count({ where: { personId: b.id } })).toBe(1);
  });
});
