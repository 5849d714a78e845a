import { randomUUID } from "node:crypto";
import type { Prisma, SeedContext } from "@zorgzaam/core/plugin";
import type { AnswerSet } from "../survey";
import { BUURTBEVRAGING, BUURTBEVRAGING_TITLE } from "./starter";

const WISHES = {
  nl: ["Meer bankjes op het plein", "Een buurtfeest", "Veiliger oversteken aan de school", "Een bakker"],
  fr: ["Plus de bancs sur la place", "Une fête de quartier", "Traverser plus sûrement près de l'école", "Une boulangerie"],
  en: ["More benches on the square", "A street party", "Safer crossing near the school", "A bakery"],
} as const;

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
    workerId: string | null;
  },
): Promise<string> {
  const { tenantId } = o;
  const closedAt = o.status === "closed" ? new Date(Date.now() - (o.daysAgo - 30) * 86_400_000) : null;
  const survey = await db.bevragingenSurvey.create({
    data: {
      tenantId,
      title: o.title,
      languages: ["nl", "fr", "en"],
      createdById: o.workerId,
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
  const rows = Array.from({ length: o.count }, (_, i) => {
    const language = i % 97 === 0 ? "en" : rnd() < 0.7 ? (o.fr ? "fr" : "nl") : o.fr ? "nl" : "fr";
    const lonely = rnd() < 0.3 ? "yes" : "no";
    const answers: AnswerSet = { area: pick(o.neighbourhoods), liking: 1 + Math.floor(rnd() * 5), lonely };
    if (rnd() < 0.8) answers.years = Math.floor(rnd() * 40);
    const missing = ["shop", "meeting", "green", "bus"].filter(() => rnd() < 0.35);
    if (missing.length) answers.missing = missing;
    if (lonely === "yes") answers.lonely_help = rnd() < 0.5 ? "yes" : "no";
    if (rnd() < 0.3) answers.wish = pick(WISHES[language as "nl" | "fr" | "en"]);
    const channel = i % 101 === 0 ? "paper" : rnd() < 0.55 ? "public" : "assisted";
    // The team read a few open answers: the first of each wish is quotable, all of them tagged.
    const wishIndex = (WISHES[language as "nl" | "fr" | "en"] as readonly string[]).indexOf(String(answers.wish));
    const reviews = answers.wish && i % 5 === 0 ? { wish: { quotable: i % 10 === 0, tags: [TAGS[wishIndex] ?? "buurt"] } } : {};
    return {
      tenantId,
      surveyId: survey.id,
      versionId: version.id,
      idempotencyKey: randomUUID(),
      channel,
      language,
      answers: answers as Prisma.InputJsonValue,
      neighbourhoodId: answers.area as string,
      enteredById: channel === "public" ? null : o.workerId,
      reviews: reviews as Prisma.InputJsonValue,
      createdAt: new Date(Date.now() - Math.floor(o.daysAgo - rnd() * 30) * 86_400_000),
    };
  });
  await db.bevragingenResponse.createMany({ data: rows });
  return survey.id;
}

const TAGS = ["ontmoeting", "verkeer", "winkels", "veiligheid"];

/**
 * The demo buurtbevraging in nl, fr and en, in two rounds: last year's (closed, 250 answers) and this year's (open,
 * 300 answers, its next round), so results show side by side; the public link open. Does nothing when the tenant has
 * surveys.
 */
export async function seed({ db, tenant, usersByRole }: SeedContext): Promise<void> {
  const tenantId = tenant.id;
  if ((await db.bevragingenSurvey.count({ where: { tenantId } })) > 0) return;
  const worker = usersByRole.field_worker?.[0] ?? usersByRole.regie?.[0] ?? null;
  const neighbourhoods = (await db.neighbourhood.findMany({ where: { tenantId }, select: { id: true } })).map((n) => n.id);
  if (neighbourhoods.length === 0) return;
  const base = { tenantId, fr: tenant.defaultLocale === "fr", neighbourhoods, workerId: worker?.id ?? null };
  const last = await seedRound(db, {
    ...base,
    title: {
      nl: `${BUURTBEVRAGING_TITLE.nl} (vorig jaar)`,
      fr: `${BUURTBEVRAGING_TITLE.fr} (l'an dernier)`,
      en: `${BUURTBEVRAGING_TITLE.en} (last year)`,
    },
    status: "closed",
    previousRoundId: null,
    count: 250,
    daysAgo: 400,
    seed: tenantId.charCodeAt(1) * 11 + 5,
  });
  await seedRound(db, {
    ...base,
    title: BUURTBEVRAGING_TITLE,
    status: "open",
    previousRoundId: last,
    count: 300,
    daysAgo: 30,
    seed: tenantId.charCodeAt(0) * 7 + 3,
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
