import { router, updateInput, updateMeta } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import { isUniqueViolation } from "../access";
import { procedure } from "../procedures";
import { text } from "../schemas";
import { appError, orThrow, zodMessage } from "../errors";

const labels = z
  .object({ nl: text(80).default(""), fr: text(80).default(""), en: text(80).default("") })
  .refine((l) => Boolean(l.nl || l.fr || l.en), { message: zodMessage("partners.schema.nameOneLanguage") });
const color = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^#[0-9a-f]{6}$/, zodMessage("partners.schema.colourFormat"));

/** A stable key from the label: lower case, ASCII, dashes ("Welzijn & zorg" → "welzijn-zorg"). */
export function sectorKeyFrom(label: string): string {
  const k = label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return k || "sector";
}

/** The tenant's list of sectors / life domains. Sectors are archived, never deleted (actors keep their keys). */
export const sectorsRouter = router({
  list: procedure(P.view).query(async ({ ctx }) => {
    const rows = await ctx.tx.partnersSector.findMany({ orderBy: [{ sortOrder: "asc" }, { key: "asc" }] });
    const counts = await ctx.tx.$queryRaw<{ key: string; n: bigint }[]>`
      SELECT unnest("sectorKeys") AS key, count(*) AS n FROM "PartnersActor" WHERE "archivedAt" IS NULL GROUP BY 1`;
    const n = new Map(counts.map((c) => [c.key, Number(c.n)]));
    return rows.map((s) => ({
      id: s.id,
      key: s.key,
      nl: s.labelNl,
      fr: s.labelFr,
      en: s.labelEn,
      color: s.color,
      archived: s.archived,
      sortOrder: s.sortOrder,
      actors: n.get(s.key) ?? 0,
    }));
  }),

  create: procedure(P.sectors)
    .input(z.object({ labels, color: color.default("#334155") }))
    .mutation(async ({ ctx, input }) => {
      const key = sectorKeyFrom(input.labels.nl || input.labels.fr || input.labels.en);
      const last = await ctx.tx.partnersSector.aggregate({ _max: { sortOrder: true } });
      try {
        const s = await ctx.tx.partnersSector.create({
          data: {
            tenantId: ctx.tenant.id,
            key,
            labelNl: input.labels.nl,
            labelFr: input.labels.fr,
            labelEn: input.labels.en,
            color: input.color,
            sortOrder: (last._max.sortOrder ?? 0) + 1,
          },
          select: { id: true, key: true },
        });
        await ctx.audit({ action: "partners.sector.created", targetType: "PartnersSector", targetId: s.id, data: { key } });
        return s;
      } catch (e) {
        if (isUniqueViolation(e)) throw appError("partners.sector.exists");
        throw e;
      }
    }),

  update: procedure(P.sectors)
    .meta(
      updateMeta({
        model: "PartnersSector",
        row: { input: "key", column: "key" },
        derived: { labels: ["labelNl", "labelFr", "labelEn"] },
      }),
    )
    .input(
      updateInput(
        { labels, color, archived: z.boolean(), sortOrder: z.number().int().min(0).max(10_000) },
        { key: z.string().trim().min(1).max(61) },
      ),
    )
    .mutation(async ({ ctx, input }) => {
      const s = orThrow(
        await ctx.tx.partnersSector.findFirst({ where: { key: input.key }, select: { id: true } }),
        "partners.sector.notFound",
      );
      await ctx.tx.partnersSector.update({
        where: { id: s.id },
        data: {
          ...(input.labels ? { labelNl: input.labels.nl, labelFr: input.labels.fr, labelEn: input.labels.en } : {}),
          ...(input.color ? { color: input.color } : {}),
          ...(input.archived !== undefined ? { archived: input.archived } : {}),
          ...(input.sortOrder !== undefined ? { sortOrder: input.sortOrder } : {}),
        },
      });
      await ctx.audit({
        action: "partners.sector.updated",
        targetType: "PartnersSector",
        targetId: s.id,
        data: { key: input.key, fields: Object.keys(input).filter((k) => k !== "key") },
      });
      return { ok: true };
    }),
});
