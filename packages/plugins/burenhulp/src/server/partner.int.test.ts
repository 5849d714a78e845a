/**
 * A partner's referral (BH-3) at the API: it arrives in the contact point's inbox (source "referral") and as a request
 * to triage, with the resident's consent recorded; the partner then reads only the status of what she sent, never a
 * personal field; the steps of the request move the inbox message on (doorverwezen when referred to a service).
 */
import { coreRouter } from "@zorgzaam/core";
import {
  closeAll,
  createTenant,
  installModules,
  type MemberFixture,
  moduleCaller,
  ownerDb,
  routerCaller,
  sessionFor,
  setModuleEnabled,
  type TenantFixture,
} from "@zorgzaam/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { burenhulpPlugin as burenhulp } from "../definition";

installModules([burenhulp]);
const call = moduleCaller(burenhulp);

let T: TenantFixture;
let regie: MemberFixture;
let partner: MemberFixture;

beforeAll(async () => {
  T = await createTenant({ tag: "bh-partner" });
  await setModuleEnabled(T.id, burenhulp, true);
  regie = T.users.regie as MemberFixture;
  partner = T.users.partner as MemberFixture;
});

afterAll(async () => {
  await closeAll();
});

const referral = {
  firstName: "Yasmina",
  lastName: "Benali",
  phone: "0470 12 34 56",
  email: "",
  neighbourhoodId: "",
  street: "Molenstraat",
  kindId: "",
  locale: "fr" as const,
  message: "Er zit schimmel in de slaapkamer van de kinderen.",
  urgent: true,
  consent: true,
};

describe("a partner's referral", () => {
  it("needs the resident's consent and a way to reach her", async () => {
    const api = call(partner, T);
    await expect(api.partner.send({ ...referral, consent: false })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.partner.send({ ...referral, phone: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.partner.send({ ...referral, message: "x".repeat(2_001) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("arrives in the inbox and as a request flagged by its words; the partner sees only the status", async () => {
    const { reference } = await call(partner, T).partner.send(referral);
    expect(reference).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);

    const inbox = await routerCaller(coreRouter, sessionFor(regie), T.slug).contact.list();
    const msg = inbox.items.find((m) => m.reference === reference);
    expect(msg).toMatchObject({ source: "referral", status: "new", personName: "Yasmina Benali" });

    const staff = call(regie, T);
    const req = (await staff.requests.list()).items.find((r) => r.channel === "referral");
    expect(req).toBeDefined();
    const full = await staff.requests.get({ id: req?.id ?? "" });
    expect(full).toMatchObject({ status: "intake", signals: ["housing"], languages: ["fr"], street: "Molenstraat", urgent: true });
    // Urgency shows on the list; a worker may take it off (or set it) in triage.
    expect(req?.urgent).toBe(true);
    await staff.requests.update({ id: full.id, urgent: false });
    expect((await staff.requests.get({ id: full.id })).urgent).toBe(false);
    await staff.requests.update({ id: full.id, urgent: true });
    expect(full.referredBy?.message?.body).toBe(referral.message);
    expect(full.referredBy?.organisation?.name).toContain("Partner");
    const consent = await ownerDb().consent.findFirst({ where: { personId: full.person?.id ?? "" } });
    expect(consent).toMatchObject({ purpose: "burenhulp.help", method: "written" });

    // The partner's read: the keys are exactly these, whatever the request holds.
    const mine = await call(partner, T).partner.mine();
    expect(mine).toHaveLength(1);
    expect(Object.keys(mine[0] ?? {}).sort()).toEqual(["id", "reference", "sentAt", "status"]);
    expect(JSON.stringify(mine)).not.toMatch(/Yasmina|Benali|0470|Molenstraat|schimmel/);
    expect(mine[0]).toMatchObject({ reference, status: "new" });

    // Triaged heavy and referred to a service: the partner reads "forwarded", and so does the inbox.
    await staff.requests.update({ id: full.id, weight: "heavy" });
    await staff.referrals.create({ requestId: full.id, serviceName: "Woonwinkel" });
    expect((await call(partner, T).partner.mine())[0]?.status).toBe("forwarded");
    const after = await routerCaller(coreRouter, sessionFor(regie), T.slug).contact.list();
    expect(after.items.find((m) => m.reference === reference)?.status).toBe("forwarded");
  });

  it("is closed to other roles, and the partner cannot open the request itself", async () => {
    await expect(call(T.users.volunteer as MemberFixture, T).partner.mine()).rejects.toMatchObject({ code: "FORBIDDEN" });
    const id = (await call(regie, T).requests.list()).items[0]?.id ?? "";
    await expect(call(partner, T).requests.get({ id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(call(partner, T).requests.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("reading a request's details", () => {
  it("leaves an audit event for a reader who is not on it, and none for the one who took it in", async () => {
    const fw = T.users.field_worker as MemberFixture;
    const personId = (
      await ownerDb().person.create({
        data: { tenantId: T.id, firstName: "Lies", neighbourhoodId: fw.neighbourhoodIds[0] ?? null },
        select: { id: true },
      })
    ).id;
    const kindId = (await call(regie, T).kinds.list())[0]?.id ?? "";
    const { id } = await call(regie, T).requests.create({ personId, kindId, channel: "field_worker" });
    const reads = () => ownerDb().auditEvent.findMany({ where: { tenantId: T.id, action: "burenhulp.request.read", targetId: id } });
    await call(regie, T).requests.get({ id });
    expect(await reads()).toHaveLength(0);
    await call(fw, T).requests.get({ id });
    expect((await reads()).map((e) => e.actorUserId)).toEqual([fw.id]);
  });
});
