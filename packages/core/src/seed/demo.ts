import type { PrismaClient } from "../generated/prisma/client";
import { hashPassword } from "../auth/password";
import { newContactReference } from "../contact/inbox";
import {
  DEMO_CONTACT_MESSAGES,
  DEMO_OPERATOR,
  DEMO_PASSWORD,
  DEMO_TENANTS,
  FIRST_NAMES,
  KIND_SETS,
  LANGUAGE_SETS,
  LAST_NAMES,
} from "./demo-data";

export interface DemoAccount {
  email: string;
  tenant: string;
  roles: string[];
}

/**
 * Idempotent demo data: two fictional tenants, a user for every role, people with consent. Runs as the owner
 * role (seeding is set-up, not a tenant request). Running it again changes nothing that exists.
 */
export async function seedDemo(db: PrismaClient): Promise<{ accounts: DemoAccount[]; password: string }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const accounts: DemoAccount[] = [];

  const operator = await db.user.upsert({
    where: { email: DEMO_OPERATOR.email },
    create: { email: DEMO_OPERATOR.email, name: DEMO_OPERATOR.name, passwordHash, isOperator: true, emailVerified: new Date() },
    update: {},
  });
  accounts.push({ email: operator.email, tenant: "(platform)", roles: ["operator"] });

  const DEMO_PUBLIC_NAMES: Record<string, Record<string, string>> = {
    zonnedal: { nl: "Zorgzaam Zonnedal", fr: "Zonnedal solidaire", en: "Caring Zonnedal" },
    "brussel-noord": { nl: "Zorgzame Buurt Noord", fr: "Quartier Nord solidaire", en: "Caring North" },
  };
  const DEMO_PUBLIC_INTRO = {
    nl: "Wij brengen buren, vrijwilligers en hulpverleners samen. Heb je een vraag, of wil je een handje helpen? Laat het ons weten.",
    fr: "Nous rassemblons voisins, bénévoles et professionnels. Vous avez une question, ou vous voulez donner un coup de main ? Dites-le-nous.",
    en: "We bring neighbours, volunteers and care workers together. Do you have a question, or would you like to help out? Let us know.",
  };
  for (const dt of DEMO_TENANTS) {
    const tenant = await db.tenant.upsert({
      where: { slug: dt.slug },
      create: {
        slug: dt.slug,
        name: dt.name,
        defaultLocale: dt.defaultLocale,
        mapCenterLng: dt.center[0],
        mapCenterLat: dt.center[1],
        mapZoom: 13,
        // The public site is on in the demo: /<slug> shows it, with the contact form.
        publicCapabilities: ["core.contact", "core.site"],
        publicName: DEMO_PUBLIC_NAMES[dt.slug] ?? {},
        publicIntro: DEMO_PUBLIC_INTRO,
      },
      update: {},
    });
    const orgIds = new Map<string, string>();
    for (const o of dt.organisations) {
      const row = await db.organisation.upsert({
        where: { tenantId_name: { tenantId: tenant.id, name: o.name } },
        create: { tenantId: tenant.id, name: o.name, kind: o.kind },
        update: {},
      });
      orgIds.set(o.name, row.id);
    }
    const nbhIds = new Map<string, string>();
    for (const n of dt.neighbourhoods) {
      const row = await db.neighbourhood.upsert({
        where: { tenantId_name: { tenantId: tenant.id, name: n.name } },
        create: { tenantId: tenant.id, name: n.name, description: n.description, boundary: n.boundary ?? undefined },
        update: {},
      });
      nbhIds.set(n.name, row.id);
    }
    for (const u of dt.users) {
      const user = await db.user.upsert({
        where: { email: u.email },
        create: { email: u.email, name: u.name, passwordHash, emailVerified: new Date() },
        update: {},
      });
      const m = await db.membership.upsert({
        where: { tenantId_userId: { tenantId: tenant.id, userId: user.id } },
        create: {
          tenantId: tenant.id,
          userId: user.id,
          roles: u.roles,
          organisationId: u.organisation ? orgIds.get(u.organisation) : undefined,
        },
        update: {},
      });
      for (const n of u.neighbourhoods ?? []) {
        const neighbourhoodId = nbhIds.get(n);
        if (!neighbourhoodId) continue;
        await db.membershipNeighbourhood.upsert({
          where: { membershipId_neighbourhoodId: { membershipId: m.id, neighbourhoodId } },
          create: { tenantId: tenant.id, membershipId: m.id, neighbourhoodId },
          update: {},
        });
      }
      accounts.push({ email: u.email, tenant: dt.slug, roles: u.roles });
    }

    const existingPeople = await db.person.count({ where: { tenantId: tenant.id } });
    if (existingPeople === 0) {
      const nbhList = [...nbhIds.values()];
      const orgList = [...orgIds.values()];
      const recorder = await db.user.findUniqueOrThrow({ where: { email: dt.users[1]?.email ?? dt.users[0]!.email } });
      for (let i = 0; i < 24; i++) {
        const p = await db.person.create({
          data: {
            tenantId: tenant.id,
            firstName: FIRST_NAMES[(i * 7 + dt.slug.length) % FIRST_NAMES.length]!,
            lastName: LAST_NAMES[(i * 5 + 3) % LAST_NAMES.length]!,
            email: i % 3 === 0 ? `persoon${i}@voorbeeld.demo` : null,
            phone: i % 4 === 0 ? `04${String(70_000_000 + i * 1_234_567).slice(0, 8)}` : null,
            languages: LANGUAGE_SETS[i % LANGUAGE_SETS.length]!,
            kinds: KIND_SETS[i % KIND_SETS.length]!,
            neighbourhoodId: nbhList[i % nbhList.length] ?? null,
            organisationId: orgList[i % orgList.length] ?? null,
            notes: i % 5 === 0 ? "Woont alleen sinds het overlijden van de partner; wil graag een wandelmaatje." : null,
            createdById: recorder.id,
          },
        });
        if (i % 2 === 0) {
          await db.consent.create({
            data: {
              tenantId: tenant.id,
              personId: p.id,
              purpose: i % 4 === 0 ? "contact" : "share_partners",
              method: i % 4 === 0 ? "written" : "verbal",
              givenAt: new Date(Date.now() - (30 + i) * 86_400_000),
              recordedById: recorder.id,
              withdrawnAt: i === 8 ? new Date(Date.now() - 3 * 86_400_000) : null,
            },
          });
        }
      }
    }
    // The contact point's inbox: messages sent through the public contact form, each on its own new person.
    if ((await db.contactMessage.count({ where: { tenantId: tenant.id } })) === 0) {
      const nbhList = [...nbhIds.values()];
      const replier = await db.user.findFirst({ where: { memberships: { some: { tenantId: tenant.id, roles: { has: "regie" } } } } });
      for (const [i, c] of DEMO_CONTACT_MESSAGES.entries()) {
        const at = new Date(Date.now() - c.daysAgo * 86_400_000 - (i + 1) * 3_600_000);
        const neighbourhoodId = nbhList[i % nbhList.length] ?? null;
        // The person keeps her receipt's code, as the public form does (staff find her by it).
        const reference = newContactReference();
        const person = await db.person.create({
          data: {
            tenantId: tenant.id,
            firstName: c.firstName,
            lastName: c.lastName,
            email: c.email,
            phone: c.phone,
            neighbourhoodId,
            languages: [c.locale],
            publicReference: reference,
            createdAt: at,
          },
        });
        await db.consent.create({ data: { tenantId: tenant.id, personId: person.id, purpose: "contact", method: "online", givenAt: at } });
        const message = await db.contactMessage.create({
          data: {
            tenantId: tenant.id,
            reference,
            source: "contact_form",
            status: c.status,
            personId: person.id,
            neighbourhoodId,
            body: c.body,
            locale: c.locale,
            notes: c.notes ?? null,
            createdAt: at,
          },
        });
        if (c.reply && replier) {
          await db.contactReply.create({
            data: {
              tenantId: tenant.id,
              messageId: message.id,
              body: c.reply,
              sentById: replier.id,
              createdAt: new Date(at.getTime() + 86_400_000),
            },
          });
        }
      }
    }
    for (const np of dt.namedPeople ?? []) {
      const exists = await db.person.findFirst({ where: { tenantId: tenant.id, firstName: np.firstName, lastName: np.lastName } });
      if (exists) continue;
      await db.person.create({
        data: {
          tenantId: tenant.id,
          firstName: np.firstName,
          lastName: np.lastName,
          neighbourhoodId: nbhIds.get(np.neighbourhood) ?? null,
        },
      });
    }
  }
  return { accounts, password: DEMO_PASSWORD };
}
