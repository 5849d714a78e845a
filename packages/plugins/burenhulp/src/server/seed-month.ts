import type { Tx } from "@zorgzaam/core/plugin";

const DAY = 86_400_000;

interface SeedPerson {
  id: string;
  neighbourhoodId: string | null;
  languages: string[];
}

interface MonthInput {
  tx: Tx;
  tenantId: string;
  fr: boolean;
  kind: (key: string) => string;
  workerId: string | null;
  serviceId: string | null;
  /** People of one neighbourhood (at least 7). */
  people: SeedPerson[];
  /** Which neighbourhood of the tenant (0, 1, ...): picks the streets. */
  area: number;
}

const STREETS = {
  nl: ["Molenstraat", "Kerkstraat", "Lindelaan", "Beekstraat"],
  fr: ["Rue du Moulin", "Rue de l'Église", "Avenue des Tilleuls", "Rue du Ruisseau"],
};

/**
 * A believable month in one neighbourhood: four neighbours who offer help (one at her own limit), requests in every
 * step (to assess, open with a proposal, contacted, confirmed, done, a helper who said no), one in intake from the
 * public form, and a heavy request (mould) referred to a service. Dates spread over the last thirty days.
 */
export async function seedMonth(m: MonthInput): Promise<void> {
  const { tx, tenantId, fr, kind } = m;
  const lang = fr ? "fr" : "nl";
  const street = (STREETS[lang][m.area % 4] ?? "") as string;
  const nextStreet = (STREETS[lang][(m.area + 1) % 4] ?? "") as string;
  const now = Date.now();
  const ago = (d: number) => new Date(now - d * DAY);
  const [h0, h1, h2, h3, a0, a1, a2, a3] = m.people as [
    SeedPerson,
    SeedPerson,
    SeedPerson,
    SeedPerson,
    SeedPerson,
    SeedPerson,
    SeedPerson,
    SeedPerson?,
  ];
  const where = (p: SeedPerson, s = street) => ({ neighbourhoodId: p.neighbourhoodId, street: s });
  const speaks = (p: SeedPerson) => [...new Set([lang, ...p.languages])];
  const base = { tenantId, createdById: m.workerId };

  const offer = async (p: SeedPerson, key: string, extra: Record<string, unknown> = {}) =>
    (
      await tx.burenhulpOffer.create({
        data: { ...base, ...where(p), personId: p.id, kindId: kind(key), languages: speaks(p), createdAt: ago(28), ...extra },
        select: { id: true },
      })
    ).id;
  const request = async (p: SeedPerson, key: string, daysAgo: number, extra: Record<string, unknown> = {}) =>
    (
      await tx.burenhulpRequest.create({
        data: {
          ...base,
          ...where(p),
          personId: p.id,
          kindId: kind(key),
          channel: "field_worker",
          weight: "small",
          status: "open",
          createdAt: ago(daysAgo),
          ...extra,
        },
        select: { id: true },
      })
    ).id;
  const match = (requestId: string, offerId: string, status: string, daysAgo: number, extra: Record<string, unknown> = {}) =>
    tx.burenhulpMatch.create({
      data: {
        tenantId,
        requestId,
        offerId,
        status,
        createdById: m.workerId,
        createdAt: ago(daysAgo + 1),
        statusChangedAt: ago(daysAgo),
        ...extra,
      },
    });

  // Who offers what.
  const shop0 = await offer(h0, "shopping", { weekdays: [1, 2, 3, 4, 5] });
  const drive0 = await offer(h0, "driving");
  const shop1 = await offer(h1, "shopping");
  const forms1 = await offer(h1, "forms", { notes: fr ? "Ancienne employée de banque." : "Was vroeger bediende bij de bank." });
  const plants1 = await offer(h1, "plants");
  const shop2 = await offer(h2, "shopping", { weekdays: [3, 6], ...where(h2, nextStreet) });
  const dog2 = await offer(h2, "dog");
  const shop3 = await offer(h3, "shopping", { weekdays: [2, 3], ...where(h3, nextStreet) });
  const together3 = await offer(h3, "together");
  // The asker of the open shopping request offers something herself (BH-1: both sides).
  await offer(a0, "plants", { createdAt: ago(3) });
  const limit = (p: SeedPerson, maxPerMonth: number) =>
    tx.burenhulpHelper.upsert({
      where: { tenantId_personId: { tenantId, personId: p.id } },
      create: { tenantId, personId: p.id, maxPerMonth },
      update: { maxPerMonth },
    });
  await limit(h0, 3);
  await limit(h1, 5);
  await limit(h3, 1);

  // To assess: a regular shopping round, Wednesdays (the helpers h0, h1, h2 fit; h3 is at her limit).
  await request(a0, "shopping", 2, {
    weight: "unsure",
    whenKind: "recurring",
    weekdays: [3],
    whenNote: fr ? "Le mercredi matin, après le marché" : "Woensdagvoormiddag, na de markt",
    notes: fr ? "Se déplace difficilement depuis une opération à la hanche." : "Stapt moeilijk sinds een heupoperatie.",
  });
  // Open with one helper proposed; contacted; confirmed; done.
  const forms = await request(a1, "forms", 6, { whenNote: fr ? "Déclaration d'impôts" : "Belastingaangifte" });
  await match(forms, forms1, "proposed", 5);
  const plants = await request(a2, "plants", 9, {
    whenKind: "period",
    startsOn: new Date(now + 5 * DAY),
    endsOn: new Date(now + 19 * DAY),
    status: "open",
  });
  await match(plants, plants1, "contacted", 7);
  const dog = await request(a1, "dog", 14, { whenKind: "recurring", weekdays: [2, 4], status: "matched" });
  await match(dog, dog2, "confirmed", 12);
  const lift = await request(a2, "driving", 25, { startsOn: ago(20), status: "closed", closedAt: ago(19) });
  await match(lift, drive0, "done", 19);
  // Done two days ago: h3 is at her own limit of one a month (the helpers' view shows it; she is not proposed).
  const together = await request(a0, "together", 21, { whenKind: "recurring", weekdays: [5], status: "closed", closedAt: ago(2) });
  await match(together, together3, "done", 2);
  // A helper said no (no reason asked); another one said yes.
  const shopping = await request(a1, "shopping", 18, { status: "matched", whenKind: "recurring", weekdays: [2] });
  await match(shopping, shop3, "cancelled", 16, { declined: true });
  await match(shopping, shop1, "confirmed", 15);
  void shop0;
  void shop2;
  // From the public form, not yet reviewed.
  if (a3) await request(a3, "babysitting", 1, { channel: "public_form", status: "intake", weight: "unsure", languages: speaks(a3) });
  // Heavy: mould in the children's room, referred to a service of the partner map (or one typed in).
  const heavy = await request(a2, "other", 11, {
    weight: "heavy",
    signals: ["housing", "health"],
    status: "referred",
    channel: "referral",
    notes: fr
      ? "Moisissure dans la chambre des enfants ; les enfants toussent. Signalé par l'infirmière à domicile."
      : "Schimmel in de kinderkamer; de kinderen hoesten. Gemeld door de thuisverpleegster.",
  });
  await tx.burenhulpReferral.create({
    data: {
      tenantId,
      requestId: heavy,
      serviceActorId: m.serviceId,
      serviceName: m.serviceId ? null : fr ? "Service logement de la commune" : "Woonwinkel van de gemeente",
      status: "accepted",
      createdById: m.workerId,
      createdAt: ago(10),
      statusChangedAt: ago(8),
    },
  });
}
