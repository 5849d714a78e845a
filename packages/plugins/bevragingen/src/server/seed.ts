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

/**
 * The demo buurtbevraging in nl, fr and en, published, with 300 anonymous answers across the three channels (a few
 * in a rare language and channel, so the results show hidden small cells). Does nothing when the tenant has surveys.
 */
export async function seed({ db, tenant, usersByRole }: SeedContext): Promise<void> {
  const tenantId = tenant.id;
  if ((await db.bevragingenSurvey.count({ where: { tenantId } })) > 0) return;
  const worker = usersByRole.field_worker?.[0] ?? usersByRole.regie?.[0] ?? null;
  const neighbourhoods = (await db.neighbourhood.findMany({ where: { tenantId }, select: { id: true } })).map((n) => n.id);
  if (neighbourhoods.length === 0) return;
  const survey = await db.bevragingenSurvey.create({
    data: { tenantId, title: BUURTBEVRAGING_TITLE, languages: ["nl", "fr", "en"], createdById: worker?.id ?? null },
    select: { id: true },
  });
  const version = await db.bevragingenVersion.create({
    data: {
      tenantId,
      surveyId: survey.id,
      number: 1,
      content: BUURTBEVRAGING as unknown as Prisma.InputJsonValue,
      publishedAt: new Date(),
    },
    select: { id: true },
  });
  await db.bevragingenSurvey.update({ where: { id: survey.id }, data: { status: "open", publishedVersionId: version.id } });

  const rnd = generator(tenantId.charCodeAt(0) * 7 + 3);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  const fr = tenant.defaultLocale === "fr";
  const rows = Array.from({ length: 300 }, (_, i) => {
    const language = i % 97 === 0 ? "en" : rnd() < 0.7 ? (fr ? "fr" : "nl") : fr ? "nl" : "fr";
    const lonely = rnd() < 0.3 ? "yes" : "no";
    const answers: AnswerSet = { area: pick(neighbourhoods), liking: 1 + Math.floor(rnd() * 5), lonely };
    if (rnd() < 0.8) answers.years = Math.floor(rnd() * 40);
    const missing = ["shop", "meeting", "green", "bus"].filter(() => rnd() < 0.35);
    if (missing.length) answers.missing = missing;
    if (lonely === "yes") answers.lonely_help = rnd() < 0.5 ? "yes" : "no";
    if (rnd() < 0.3) answers.wish = pick(WISHES[language as "nl" | "fr" | "en"]);
    const channel = i % 101 === 0 ? "paper" : rnd() < 0.55 ? "public" : "assisted";
    return {
      tenantId,
      surveyId: survey.id,
      versionId: version.id,
      idempotencyKey: randomUUID(),
      channel,
      language,
      answers: answers as Prisma.InputJsonValue,
      neighbourhoodId: answers.area as string,
      enteredById: channel === "public" ? null : (worker?.id ?? null),
      createdAt: new Date(Date.now() - Math.floor(rnd() * 30) * 86_400_000),
    };
  });
  await db.bevragingenResponse.createMany({ data: rows });
  // The public link open, so residents can answer on the tenant's public site.
  const t = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { publicCapabilities: true } });
  if (!t.publicCapabilities.includes("bevragingen.answer"))
    await db.tenant.update({ where: { id: tenantId }, data: { publicCapabilities: [...t.publicCapabilities, "bevragingen.answer"] } });
}
