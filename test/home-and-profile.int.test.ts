/**
 * What "Mijn werk" reads from core (tenant.overview: scoped to the member's neighbourhoods and permissions) and the
 * profile's procedures (me.setName, me.setPassword, me.sessions, me.signOutElsewhere) on real rows.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../packages/core/src/auth/password";
import { resetSignInAttempts } from "../packages/core/src/auth/rate-limit";
import { createSession } from "../packages/core/src/auth/sessions";
import { callerFor, closeAll, createTenant, ownerDb, sessionFor, type TenantFixture } from "./fixtures";

let T: TenantFixture;

beforeAll(async () => {
  T = await createTenant({ tag: "home" });
});

afterAll(async () => {
  await closeAll();
});

async function appCodeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (e) {
    return (e as { appCode?: string }).appCode ?? (e as { code?: string }).code ?? "?";
  }
}

describe("tenant.overview", () => {
  it("counts people added lately per neighbourhood, within the member's scope", async () => {
    const [inside, outside] = T.neighbourhoods;
    const regie = await callerFor(sessionFor(T.users.regie), T.slug).tenant.overview();
    expect(regie.neighbourhoods[inside.id]?.newPeople).toBe(1);
    expect(regie.neighbourhoods[outside.id]?.newPeople).toBe(1);
    expect(regie.newPeople).toBe(3);

    // The field worker works in the first neighbourhood only: the other one and the person without one do not exist for her.
    const fw = await callerFor(sessionFor(T.users.field_worker), T.slug).tenant.overview();
    expect(Object.keys(fw.neighbourhoods)).toEqual([inside.id]);
    expect(fw.newPeople).toBe(1);
    expect(fw.openInvitations).toBeNull();
  });

  it("tells attention figures only to who may act on them", async () => {
    const admin = await callerFor(sessionFor(T.users.admin), T.slug).tenant.overview();
    expect(admin.openInvitations).toBeGreaterThanOrEqual(1);
    expect(admin.withoutConsent).toBe(0);
    // Withdraw one consent: that person has none left.
    await ownerDb().consent.update({ where: { id: T.consents[0]?.id ?? "" }, data: { withdrawnAt: new Date() } });
    expect((await callerFor(sessionFor(T.users.admin), T.slug).tenant.overview()).withoutConsent).toBe(1);

    // Partners and volunteers see no people: no counts, not even zero.
    for (const role of ["partner", "volunteer"] as const) {
      const o = await callerFor(sessionFor(T.users[role]), T.slug).tenant.overview();
      expect(o.withoutConsent, role).toBeNull();
      expect(o.openInvitations, role).toBeNull();
      expect(o.neighbourhoods, role).toEqual({});
    }
  });

  it("names the coordinators and admins to contact, for everyone", async () => {
    const o = await callerFor(sessionFor(T.users.volunteer), T.slug).tenant.overview();
    const emails = o.contacts.map((c) => c.email);
    expect(emails).toContain(T.users.regie.email);
    expect(emails).toContain(T.users.admin.email);
    expect(emails).not.toContain(T.users.volunteer.email);
    // Coordinators first.
    expect(o.contacts[0]?.roles).toContain("regie");
  });
});

describe("profile", () => {
  it("sets the name", async () => {
    const me = callerFor(sessionFor(T.users.volunteer), null);
    await me.me.setName({ name: "  Vera Nieuwenaam " });
    expect((await me.me.profile()).name).toBe("Vera Nieuwenaam");
    expect(await appCodeOf(me.me.setName({ name: "   " }))).toBe("BAD_REQUEST");
  });

  it("lists one's open sessions without their ids and ends the others, keeping this one", async () => {
    const user = T.users.partner;
    const current = await createSession({ userId: user.id, method: "password" });
    const others = [
      await createSession({ userId: user.id, method: "email" }),
      await createSession({ userId: user.id, method: "password" }),
    ];
    const me = callerFor({ ...sessionFor(user), sessionId: current.id }, null);
    const listed = await me.me.sessions();
    expect(listed).toHaveLength(3);
    expect(listed.filter((s) => s.current)).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(current.id);

    expect(await me.me.signOutElsewhere()).toEqual({ count: 2 });
    const rows = await ownerDb().authSession.findMany({ where: { userId: user.id }, select: { id: true, revokedAt: true } });
    expect(rows.find((r) => r.id === current.id)?.revokedAt).toBeNull();
    for (const o of others) expect(rows.find((r) => r.id === o.id)?.revokedAt).not.toBeNull();
    expect((await me.me.sessions()).map((s) => s.current)).toEqual([true]);
    const audit = await ownerDb().auditEvent.count({ where: { actorUserId: user.id, action: "auth.signout_elsewhere" } });
    expect(audit).toBe(1);
  });

  it("changes the password only with the current one, following the rules, and ends the other sessions", async () => {
    const user = T.users.field_worker;
    const old = "Molenwijk-wandeling-in-de-lente";
    await ownerDb().user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(old) } });
    const current = await createSession({ userId: user.id, method: "password" });
    const other = await createSession({ userId: user.id, method: "password" });
    const me = callerFor({ ...sessionFor(user), sessionId: current.id }, null);
    const next = "Avondrood-boven-de-oude-molen";
    await resetSignInAttempts(user.email);

    expect(await appCodeOf(me.me.setPassword({ current: "verkeerd-wachtwoord-hier", next }))).toBe("password.wrongCurrent");
    expect(await appCodeOf(me.me.setPassword({ next }))).toBe("password.wrongCurrent");
    expect(await appCodeOf(me.me.setPassword({ current: old, next: "kort" }))).toBe("password.tooShort");
    // Nothing changed so far.
    let row = await ownerDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await verifyPassword(row.passwordHash ?? "", old)).toBe(true);

    expect(await me.me.setPassword({ current: old, next })).toEqual({ endedSessions: 1 });
    row = await ownerDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await verifyPassword(row.passwordHash ?? "", next)).toBe(true);
    const sessions = await ownerDb().authSession.findMany({
      where: { id: { in: [current.id, other.id] } },
      select: { id: true, revokedAt: true },
    });
    expect(sessions.find((s) => s.id === current.id)?.revokedAt).toBeNull();
    expect(sessions.find((s) => s.id === other.id)?.revokedAt).not.toBeNull();
    expect((await me.me.profile()).hasPassword).toBe(true);
  });

  it("refuses to check the current password after five wrong ones (as sign-in does), even when the sixth is right", async () => {
    const user = T.users.partner;
    const old = "Kanaalbrug-bij-valavond-in-maart";
    await ownerDb().user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(old) } });
    await resetSignInAttempts(user.email);
    const me = callerFor(sessionFor(user), null);
    const next = "Zandpad-langs-de-oude-spoorweg";
    for (let i = 0; i < 5; i++)
      expect(await appCodeOf(me.me.setPassword({ current: `fout-${i}-wachtwoord`, next }))).toBe("password.wrongCurrent");
    expect(await appCodeOf(me.me.setPassword({ current: old, next }))).toBe("password.tooManyAttempts");
    const row = await ownerDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await verifyPassword(row.passwordHash ?? "", old)).toBe(true);
    await resetSignInAttempts(user.email);
    expect(await me.me.setPassword({ current: old, next })).toMatchObject({ endedSessions: expect.any(Number) });
  });

  it("lets someone who signs in by e-mail only set a first password without a current one", async () => {
    const user = T.users.volunteer;
    await ownerDb().user.update({ where: { id: user.id }, data: { passwordHash: null } });
    const me = callerFor(sessionFor(user), null);
    expect((await me.me.profile()).hasPassword).toBe(false);
    await me.me.setPassword({ next: "Zomeravond-aan-het-kanaal" });
    expect((await me.me.profile()).hasPassword).toBe(true);
  });
});
