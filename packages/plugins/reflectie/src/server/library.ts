import type { Tx } from "@zorgzaam/core/plugin";
import { STARTER_THEMES, STARTER_VERSION } from "../starter/index";

/**
 * Makes sure the tenant has its own copy of the current starter set. Runs on enabling the module and lazily before
 * the question library is read. Works with a tenant-bound transaction and with the owner client (seed), so every
 * query names the tenant itself.
 *
 * Rules of the copy: a missing starter theme or question is added; one the tenant did not edit gets the new starter
 * text; one the tenant edited, hid or moved keeps the tenant's version. Tenant-made themes and questions are never
 * touched.
 */
export async function ensureStarterSet(tx: Tx, tenantId: string): Promise<void> {
  const lib = await tx.reflectieLibrary.findUnique({ where: { tenantId }, select: { starterVersion: true } });
  if (lib && lib.starterVersion >= STARTER_VERSION) return;
  // Two first requests at once: the second waits on this row until the first committed, then finds it up to date.
  await tx.$executeRaw`INSERT INTO "ReflectieLibrary" ("tenantId") VALUES (${tenantId}::uuid) ON CONFLICT DO NOTHING`;
  const locked = await tx.$queryRaw<{ starterVersion: number }[]>`
    SELECT "starterVersion" FROM "ReflectieLibrary" WHERE "tenantId" = ${tenantId}::uuid FOR UPDATE`;
  if ((locked[0]?.starterVersion ?? 0) >= STARTER_VERSION) return;
  await copyStarterSet(tx, tenantId);
  await tx.reflectieLibrary.update({ where: { tenantId }, data: { starterVersion: STARTER_VERSION, syncedAt: new Date() } });
}

async function copyStarterSet(tx: Tx, tenantId: string): Promise<void> {
  const themes = await tx.reflectieTheme.findMany({
    where: { tenantId, origin: "starter" },
    select: { id: true, starterKey: true, edited: true, titleNl: true, titleFr: true, titleEn: true },
  });
  const themeByKey = new Map(themes.map((t) => [t.starterKey, t]));
  const questions = await tx.reflectieQuestion.findMany({
    where: { tenantId, origin: "starter" },
    select: { id: true, starterKey: true, edited: true, textNl: true, textFr: true, textEn: true },
  });
  const questionByKey = new Map(questions.map((q) => [q.starterKey, q]));
  const maxOrder = await tx.reflectieTheme.aggregate({ where: { tenantId }, _max: { sortOrder: true } });
  let nextOrder = (maxOrder._max.sortOrder ?? -1) + 1;

  for (const [ti, st] of STARTER_THEMES.entries()) {
    let theme = themeByKey.get(st.key);
    if (!theme) {
      // A theme that a tenant made with the same key (unlikely: tenant keys are generated) keeps its key.
      const taken = await tx.reflectieTheme.findUnique({ where: { tenantId_key: { tenantId, key: st.key } }, select: { id: true } });
      const created = await tx.reflectieTheme.create({
        data: {
          tenantId,
          key: taken ? `${st.key}-startset` : st.key,
          origin: "starter",
          starterKey: st.key,
          titleNl: st.title.nl,
          titleFr: st.title.fr,
          titleEn: st.title.en,
          sortOrder: themes.length === 0 ? ti : nextOrder++,
        },
        select: { id: true, starterKey: true, edited: true, titleNl: true, titleFr: true, titleEn: true },
      });
      theme = created;
    } else if (!theme.edited && (theme.titleNl !== st.title.nl || theme.titleFr !== st.title.fr || theme.titleEn !== st.title.en)) {
      await tx.reflectieTheme.update({
        where: { id: theme.id },
        data: { titleNl: st.title.nl, titleFr: st.title.fr, titleEn: st.title.en },
      });
    }
    const missing = [];
    for (const [qi, sq] of st.questions.entries()) {
      const q = questionByKey.get(sq.key);
      if (!q) {
        missing.push({
          tenantId,
          themeId: theme.id,
          origin: "starter",
          starterKey: sq.key,
          textNl: sq.nl,
          textFr: sq.fr,
          textEn: sq.en,
          sortOrder: qi,
        });
      } else if (!q.edited && (q.textNl !== sq.nl || q.textFr !== sq.fr || q.textEn !== sq.en)) {
        await tx.reflectieQuestion.update({ where: { id: q.id }, data: { textNl: sq.nl, textFr: sq.fr, textEn: sq.en } });
      }
    }
    if (missing.length) await tx.reflectieQuestion.createMany({ data: missing, skipDuplicates: true });
  }
}
