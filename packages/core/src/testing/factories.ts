/**
 * Factories: rows made with the owner client, never through the code under test. `createTenant` makes a tenant with
 * at least one row in every core table (two organisations, two neighbourhoods, one member per role, three people with
 * consents...); the smaller factories make one row each, for a test that needs one more.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { hashToken } from "../auth/tokens";
import { ROLES, type Role } from "../permissions/roles";
import { ownerDb, uniq } from "./db";

export interface UserFixture {
  id: string;
  email: string;
  isOperator: boolean;
}

export interface MemberFixture extends UserFixture {
  membershipId: string;
  roles: string[];
  organisationId: string | null;
  neighbourhoodIds: string[];
}

export interface PersonFixture {
  id: string;
  neighbourhoodId: string | null;
  organisationId: string | null;
}

export interface NamedRow {
  id: string;
  name: string;
}

export interface TenantFixture {
  id: string;
  slug: string;
  name: string;
  /** [0] is the admin's organisation, [1] the partner's. */
  organisations: [NamedRow, NamedRow];
  /** [0] is the field worker's neighbourhood, [1] is outside her scope. */
  neighbourhoods: [NamedRow, NamedRow];
  /** One member per tenant role; the field worker works in neighbourhoods[0] only. */
  users: Record<Role, MemberFixture>;
  /** [0] lives in neighbourhoods[0], [1] in neighbourhoods[1], [2] has no neighbourhood. All have notes. */
  people: [PersonFixture, PersonFixture, PersonFixture];
  /** One consent per person, in the same order as people; none withdrawn. */
  consents: { id: string; personId: string }[];
  /** An open invitation. */
  invitation: { id: string; email: string };
  /** An audit event of this tenant. */
  auditEventId: bigint;
  /** A public upload waiting in quarantine, attached to people[1] (its blob does not exist). */
  file: { id: string };
  /** A message to the contact point from people[1] (outside the field worker's neighbourhoods), with one reply. */
  contactMessage: { id: string };
  /** An earlier boundary of neighbourhoods[1], kept in its history (the neighbourhood itself has none now). */
  boundaryVersion: { id: string };
}

type TenantRef = Pick<TenantFixture, "id">;

export async function createUser(opts: { isOperator?: boolean; tag?: string; name?: string } = {}): Promise<UserFixture> {
  const email = `${uniq(opts.tag ?? "user")}@test.zorgzaam.localhost`;
  return ownerDb().user.create({
    data: { email, name: opts.name ?? email.split("@")[0] ?? email, isOperator: opts.isOperator ?? false, emailVerified: new Date() },
    select: { id: true, email: true, isOperator: true },
  });
}

/** A platform operator: User.isOperator, no membership anywhere. */
export function createOperator(): Promise<UserFixture> {
  return createUser({ isOperator: true, tag: "operator" });
}

/** A user with a membership in the tenant. */
export async function createMember(
  tenant: TenantRef,
  opts: { roles: string[]; organisationId?: string | null; neighbourhoodIds?: string[]; isOperator?: boolean; tag?: string },
): Promise<MemberFixture> {
  const db = ownerDb();
  const user = await createUser({ isOperator: opts.isOperator, tag: opts.tag ?? opts.roles.join("+") });
  const m = await db.membership.create({
    data: { tenantId: tenant.id, userId: user.id, roles: opts.roles, organisationId: opts.organisationId ?? null },
    select: { id: true },
  });
  const neighbourhoodIds = opts.neighbourhoodIds ?? [];
  if (neighbourhoodIds.length) {
    await db.membershipNeighbourhood.createMany({
      data: neighbourhoodIds.map((neighbourhoodId) => ({ tenantId: tenant.id, membershipId: m.id, neighbourhoodId })),
    });
  }
  return { ...user, membershipId: m.id, roles: opts.roles, organisationId: opts.organisationId ?? null, neighbourhoodIds };
}

/** An organisation of the tenant (kind "non-profit" unless told). */
export function createOrganisation(tenant: TenantRef, opts: { name?: string; kind?: string } = {}): Promise<NamedRow> {
  return ownerDb().organisation.create({
    data: { tenantId: tenant.id, name: opts.name ?? `Organisatie ${uniq("o")}`, kind: opts.kind ?? "non-profit" },
    select: { id: true, name: true },
  });
}

/** A neighbourhood of the tenant (no boundary). */
export function createNeighbourhood(tenant: TenantRef, opts: { name?: string; sectorCodes?: string[] } = {}): Promise<NamedRow> {
  return ownerDb().neighbourhood.create({
    data: { tenantId: tenant.id, name: opts.name ?? `Buurt ${uniq("n")}`, sectorCodes: opts.sectorCodes ?? [] },
    select: { id: true, name: true },
  });
}

/** A resident of the tenant, with an address and a confidential note. */
export function createPerson(
  tenant: TenantRef,
  opts: {
    firstName?: string;
    lastName?: string;
    neighbourhoodId?: string | null;
    organisationId?: string | null;
    createdById?: string | null;
    notes?: string | null;
  } = {},
): Promise<PersonFixture> {
  const lastName = opts.lastName ?? uniq("p");
  const firstName = opts.firstName ?? "Persoon";
  return ownerDb().person.create({
    data: {
      tenantId: tenant.id,
      firstName,
      lastName,
      email: `${firstName}-${lastName}@example.org`.toLowerCase(),
      address: "Straat 1, 1000 Brussel",
      languages: ["nl"],
      kinds: ["resident"],
      neighbourhoodId: opts.neighbourhoodId ?? null,
      organisationId: opts.organisationId ?? null,
      notes: opts.notes === undefined ? "Vertrouwelijke nota" : opts.notes,
      createdById: opts.createdById ?? null,
    },
    select: { id: true, neighbourhoodId: true, organisationId: true },
  });
}

/**
 * A tenant with two organisations, two neighbourhoods, one member per role, three people with notes and consents,
 * an open invitation, a role-permission row and an audit event: at least one row in every tenant-owned table.
 */
export async function createTenant(opts: { tag?: string } = {}): Promise<TenantFixture> {
  const db = ownerDb();
  const slug = uniq(opts.tag ?? "t").toLowerCase();
  const name = `Gemeente ${slug}`;
  const tenant = await db.tenant.create({ data: { slug, name }, select: { id: true } });
  const tenantId = tenant.id;
  const t = { id: tenantId };

  const orgA = await createOrganisation(t, { name: `OCMW ${slug}`, kind: "ocmw" });
  const orgB = await createOrganisation(t, { name: `Partner ${slug}`, kind: "non-profit" });
  const nbhA = await createNeighbourhood(t, { name: `Centrum ${slug}`, sectorCodes: ["A00-"] });
  const nbhB = await createNeighbourhood(t, { name: `Rand ${slug}` });

  const users: Record<Role, MemberFixture> = {
    admin: await createMember(t, { roles: ["admin"], organisationId: orgA.id, tag: "admin" }),
    regie: await createMember(t, { roles: ["regie"], organisationId: orgA.id, tag: "regie" }),
    field_worker: await createMember(t, {
      roles: ["field_worker"],
      organisationId: orgA.id,
      neighbourhoodIds: [nbhA.id],
      tag: "fieldworker",
    }),
    partner: await createMember(t, { roles: ["partner"], organisationId: orgB.id, tag: "partner" }),
    volunteer: await createMember(t, { roles: ["volunteer"], tag: "volunteer" }),
  };
  // Guard against a new role silently missing from the fixture.
  for (const role of ROLES) if (!users[role]) throw new Error(`fixture has no member for role ${role}`);

  const people: PersonFixture[] = [];
  for (const [i, nbh] of [nbhA.id, nbhB.id, null].entries()) {
    const p = await db.person.create({
      data: {
        tenantId,
        firstName: `Persoon${i}`,
        lastName: slug,
        email: `person${i}-${slug}@example.org`,
        address: `Straat ${i + 1}, 1000 Brussel`,
        languages: ["nl"],
        kinds: ["resident"],
        neighbourhoodId: nbh,
        organisationId: orgA.id,
        notes: `Vertrouwelijke nota ${i}`,
        createdById: users.admin.id,
      },
      select: { id: true, neighbourhoodId: true, organisationId: true },
    });
    people.push(p);
  }
  const consents: { id: string; personId: string }[] = [];
  for (const p of people) {
    const c = await db.consent.create({
      data: {
        tenantId,
        personId: p.id,
        purpose: "contact",
        method: "verbal",
        givenAt: new Date(Date.now() - 86_400_000),
        recordedById: users.admin.id,
      },
      select: { id: true, personId: true },
    });
    consents.push(c);
  }
  // The tenant's own consent purpose and an (already expired) personal-data export, so every table has rows.
  await db.consentPurpose.create({
    data: { tenantId, key: "tenant.nieuwsbrief", label: { nl: "Nieuwsbrief", fr: "Lettre d'info", en: "Newsletter" } },
  });
  await db.personalDataExport.create({
    data: { tenantId, personId: people[2]?.id ?? "", data: {}, expiresAt: new Date(Date.now() - 60_000) },
  });
  // A public upload in quarantine, of a person outside the field worker's neighbourhoods (no blob: rows only here).
  const fileId = randomUUID();
  await db.storedFile.create({
    data: {
      id: fileId,
      tenantId,
      moduleId: "core",
      status: "quarantine",
      mimeType: "image/jpeg",
      byteSize: 3,
      sha256: "0".repeat(64),
      storageKey: `${tenantId}/${fileId}/original`,
      originalName: `foto-${slug}.jpg`,
      personId: people[1]?.id ?? null,
      uploadedById: users.admin.id,
    },
  });
  // A message to the contact point, with a reply and the regie member as the contact point's member.
  const contactMessage = await db.contactMessage.create({
    data: {
      tenantId,
      reference: `${randomBytes(2).toString("hex").toUpperCase()}-${randomBytes(2).toString("hex").toUpperCase()}`,
      personId: people[1]?.id ?? "",
      neighbourhoodId: nbhB.id,
      body: "Mijn buurvrouw zoekt iemand om samen boodschappen te doen.",
      locale: "nl",
      notes: "Eerder gebeld, geen antwoord.",
    },
    select: { id: true },
  });
  await db.contactReply.create({
    data: { tenantId, messageId: contactMessage.id, body: "We bellen je deze week.", sentById: users.regie.id },
  });
  await db.contactPointMember.create({ data: { tenantId, membershipId: users.regie.membershipId } });
  // A job waiting in the outbox, in a queue no relay reads (the relays of tests read their own QUEUE_PREFIX).
  await db.jobOutbox.create({
    data: {
      id: randomUUID(),
      tenantId,
      queue: "fixture",
      jobName: "core.fixture",
      jobId: `fixture|${tenantId}`,
      moduleId: "core",
      payload: {},
    },
  });
  // A receipt of an outbox-capable mutation (trpc/outbox.ts), as a replayed phone entry leaves one.
  await db.outboxReceipt.create({
    data: { tenantId, idempotencyKey: randomUUID(), procedure: "fixture.submit", userId: users.field_worker.id, result: { json: null } },
  });
  const boundaryVersion = await db.neighbourhoodBoundaryVersion.create({
    data: {
      tenantId,
      neighbourhoodId: nbhB.id,
      boundary: {
        type: "Polygon",
        coordinates: [
          [
            [4.35, 50.84],
            [4.36, 50.84],
            [4.36, 50.85],
            [4.35, 50.84],
          ],
        ],
      },
      source: "core",
      replacedById: users.admin.id,
    },
    select: { id: true },
  });
  const invEmail = `${uniq("invitee")}@test.zorgzaam.localhost`;
  const invitation = await db.invitation.create({
    data: {
      tenantId,
      email: invEmail,
      roles: ["volunteer"],
      organisationId: orgB.id,
      neighbourhoodIds: [nbhA.id],
      tokenHash: hashToken(randomBytes(32).toString("base64url")),
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
      invitedById: users.admin.id,
    },
    select: { id: true, email: true },
  });
  // An override equal to the registry's default (volunteers cannot read the audit log), so that the table has a row
  // of this tenant while every role keeps exactly its default permissions.
  await db.rolePermission.create({ data: { tenantId, role: "volunteer", permission: "core.audit.view", granted: false } });
  const audit = await db.auditEvent.create({
    data: { tenantId, actorUserId: users.admin.id, action: "fixture.created", targetType: "Tenant", targetId: tenantId },
    select: { id: true },
  });

  return {
    id: tenantId,
    slug,
    name,
    organisations: [orgA, orgB],
    neighbourhoods: [nbhA, nbhB],
    users,
    people: people as [PersonFixture, PersonFixture, PersonFixture],
    consents,
    invitation,
    auditEventId: audit.id,
    file: { id: fileId },
    contactMessage,
    boundaryVersion,
  };
}
