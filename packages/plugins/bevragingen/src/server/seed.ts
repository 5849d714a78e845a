import { randomUUID } from "node:crypto";
import type { Prisma, SeedContext } from "@zorgzaam/core/plugin";
import type { AnswerSet } from "../survey";
import { BUURTBEVRAGING, BUURTBEVRAGING_TITLE } from "./starter";

const WISHES = {
  nl: ["Meer bankjes op het plein", "Een buurtfeest", "Veiliger oversteken aan de school", "Een bakker"],
  fr: ["Plus de bancs sur la place", "Une fête de quartier", "Traverser plus sûrement près de l'école", "Une boulangerie"],
  en: ["More benches on the square", "A street party", "Safer crossing near the school", "A bakery"],
  ar: ["مقاعد أكثر في الساحة", "حفلة في الشارع", "عبور أكثر أمانًا قرب المدرسة", "مخبز"],
} as const;
type WishLanguage = keyof typeof WISHES;

/** A small deterministic generator, so every seed gives the same figures. */
function generator(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

type Db = SeedContext["db"];

/**
 * One published survey with `count` anonymous answers across the three channels (a few in a rare language and channel,
 * so the results show hidden small cells), some open answers reviewed by the team (quotable, tagged).
 */
async function seedRound(
  db: Db,
  o: {
    tenantId: string;
    title: typeof BUURTBEVRAGING_TITLE;
    status: "open" | "closed";
    previousRoundId: string | null;
    count: number;
    daysAgo: number;
    seed: number;
    fr: boolean;
    neighbourhoods: string[];
    /** Who entered the door-to-door and paper answers (in turn). */
    workerIds: string[];
    /** Residents who agreed to follow-up: each is linked to one door-to-door answer (a Consent is made for her). */
    followUp: { id: string; neighbourhoodId: string | null }[];
  },
): Promise<string> {
  const { tenantId } = o;
  const closedAt = o.status === "closed" ? new Date(Date.now() - (o.daysAgo - 30) * 86_400_000) : null;
  const survey = await db.bevragingenSurvey.create({
    data: {
      tenantId,
      title: o.title,
      languages: ["nl", "fr", "en", "ar"],
      createdById: o.workerIds[0] ?? null,
      previousRoundId: o.previousRoundId,
      createdAt: new Date(Date.now() - o.daysAgo * 86_400_000),
    },
    select: { id: true },
  });
  const version = await db.bevragingenVersion.create({
    data: {
      tenantId,
      surveyId: survey.id,
      number: 1,
      content: BUURTBEVRAGING as unknown as Prisma.InputJsonValue,
      publishedAt: new Date(Date.now() - o.daysAgo * 86_400_000),
    },
    select: { id: true },
  });
  await db.bevragingenSurvey.update({ where: { id: survey.id }, data: { status: o.status, closedAt, publishedVersionId: version.id } });

  const rnd = generator(o.seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  const followUp = [...o.followUp];
  const rows = Array.from({ length: o.count }, (_, i) => {
    // Mostly the tenant's language, then the other one, one in 12 in Arabic, a rare English (a hidden cell).
    const language: WishLanguage = i % 97 === 0 ? "en" : i % 12 === 5 ? "ar" : rnd() < 0.7 ? (o.fr ? "fr" : "nl") : o.fr ? "nl" : "fr";
    const lonely = rnd() < 0.3 ? "yes" : "no";
    const answers: AnswerSet = { area: pick(o.neighbourhoods), liking: 1 + Math.floor(rnd() * 5), lonely };
    if (rnd() < 0.8) answers.years = Math.floor(rnd() * 40);
    const missing = ["shop", "meeting", "green", "bus"].filter(() => rnd() < 0.35);
    if (missing.length) answers.missing = missing;
    if (lonely === "yes") answers.lonely_help = rnd() < 0.5 ? "yes" : "no";
    if (rnd() < 0.3) answers.wish = pick(WISHES[language]);
    const channel = i % 23 === 0 ? "paper" : rnd() < 0.55 ? "public" : "assisted";
    // The team read a few open answers: the first of each wish is quotable, all of them tagged.
    const wishIndex = (WISHES[language] as readonly string[]).indexOf(String(answers.wish));
    const reviews = answers.wish && i % 5 === 0 ? { wish: { quotable: i % 10 === 0, tags: [TAGS[wishIndex] ?? "buurt"] } } : {};
    // A resident who agreed to be contacted again (at the door): her answers linked to her, her street recorded.
    const person = channel === "assisted" && i % 7 === 3 ? followUp.shift() : undefined;
    if (person?.neighbourhoodId) answers.area = person.neighbourhoodId;
    const workerId = channel === "public" ? null : (o.workerIds[Math.floor(i / 3) % Math.max(1, o.workerIds.length)] ?? null);
    return {
      tenantId,
      surveyId: survey.id,
      versionId: version.id,
      idempotencyKey: randomUUID(),
      channel,
      language,
      answers: answers as Prisma.InputJsonValue,
      neighbourhoodId: answers.area as string,
      enteredById: workerId,
      personId: person?.id ?? null,
      street: person ? pick(STREETS) : null,
      reviews: reviews as Prisma.InputJsonValue,
      createdAt: new Date(Date.now() - Math.floor(o.daysAgo - rnd() * 30) * 86_400_000),
    };
  });
  await db.bevragingenResponse.createMany({ data: rows });
  // Each linked resident's consent to follow-up, recorded by the worker who entered her answers.
  const linked = rows.filter((r) => r.personId);
  if (linked.length) {
    const has = new Set(
      (
        await db.consent.findMany({
          where: { tenantId, purpose: FOLLOW_UP, personId: { in: linked.map((r) => r.personId as string) } },
          select: { personId: true },
        })
      ).map((c) => c.personId),
    );
    await db.consent.createMany({
      data: linked
        .filter((r) => !has.has(r.personId as string))
        .map((r) => ({
          tenantId,
          personId: r.personId as string,
          purpose: FOLLOW_UP,
          method: "verbal",
          givenAt: r.createdAt,
          recordedById: r.enteredById,
        })),
    });
  }
  return survey.id;
}

const TAGS = ["ontmoeting", "verkeer", "winkels", "veiligheid"];
const STREETS = ["Molenstraat", "Kerkplein", "Stationsstraat", "Rue Gallait", "Rue des Palais", "Vinkenlaan"];
const FOLLOW_UP = "bevragingen.follow_up";

/**
 * The demo buurtbevraging in nl, fr, en and Arabic, in two rounds: last year's (closed, 250 answers) and this year's (open,
 * 300 answers, its next round), so results show side by side; the public link open. Does nothing when the tenant has
 * surveys.
 */
export async function seed({ db, tenant, usersByRole }: SeedContext): Promise<void> {
  const tenantId = tenant.id;
  if ((await db.bevragingenSurvey.count({ where: { tenantId } })) > 0) return;
  const worker = usersByRole.field_worker?.[0] ?? usersByRole.regie?.[0] ?? null;
  const neighbourhoods = (await db.neighbourhood.findMany({ where: { tenantId }, select: { id: true } })).map((n) => n.id);
  if (neighbourhoods.length === 0) return;
  // Door-to-door answers by the field worker and the volunteer in turn (each sees only her own).
  const workerIds = [usersByRole.field_worker?.[0]?.id, usersByRole.volunteer?.[0]?.id].filter((x): x is string => !!x);
  if (workerIds.length === 0 && worker) workerIds.push(worker.id);
  const base = { tenantId, fr: tenant.defaultLocale === "fr", neighbourhoods, workerIds };
  // Six residents of the demo who agreed, at the door, to be contacted again after this year's round.
  const followUp = await db.person.findMany({
    where: { tenantId },
    orderBy: [{ createdAt: "asc" }, { firstName: "asc" }, { lastName: "asc" }],
    take: 6,
    select: { id: true, neighbourhoodId: true },
  });
  // The generator's seed from the tenant's slug (its id differs per database): the same figures on every seed.
  const slugSeed = [...tenant.slug].reduce((n, c) => n + c.charCodeAt(0), 0);
  const last = await seedRound(db, {
    ...base,
    title: {
      nl: `${BUURTBEVRAGING_TITLE.nl} (vorig jaar)`,
      fr: `${BUURTBEVRAGING_TITLE.fr} (l'an dernier)`,
      en: `${BUURTBEVRAGING_TITLE.en} (last year)`,
      ar: `${BUURTBEVRAGING_TITLE.ar} (العام الماضي)`,
    },
    status: "closed",
    previousRoundId: null,
    count: 250,
    daysAgo: 400,
    seed: slugSeed * 11 + 5,
    followUp: [],
  });
  await seedRound(db, {
    ...base,
    title: BUURTBEVRAGING_TITLE,
    status: "open",
    previousRoundId: last,
    count: 300,
    daysAgo: 30,
    seed: slugSeed * 7 + 3,
    followUp,
  });
  // A field worker's answer typed in after last year's round closed: kept for her among her refused answers.
  if (worker) {
    const version = await db.bevragingenVersion.findFirstOrThrow({ where: { surveyId: last }, select: { id: true } });
    await db.bevragingenRejected.create({
      data: {
        tenantId,
        surveyId: last,
        versionId: version.id,
        idempotencyKey: randomUUID(),
        channel: "paper",
        language: base.fr ? "fr" : "nl",
        answers: { area: neighbourhoods[0] ?? "", liking: 4, lonely: "no" } as Prisma.InputJsonValue,
        neighbourhoodId: neighbourhoods[0] ?? null,
        enteredById: worker.id,
        code: "bevragingen.survey.closed",
      },
    });
  }
  // The public link open, so residents can answer on the tenant's public site.
  const t = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { publicCapabilities: true } });
  if (!t.publicCapabilities.includes("bevragingen.answer"))
    await db.tenant.update({ where: { id: tenantId }, data: { publicCapabilities: [...t.publicCapabilities, "bevragingen.answer"] } });
}
