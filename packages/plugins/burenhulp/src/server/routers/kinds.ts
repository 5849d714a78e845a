import { router, type Tx, updateInput, updateMeta } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { FUNCTIONS } from "../../domain";
import { BURENHULP_LIMITS as L } from "../../limits";
import { P } from "../../manifest";
import { requireKind } from "../access";
import { appError, zodMessage } from "../errors";
import { procedure } from "../procedures";
import { id } from "../schemas";

const label = z.object({
  nl: z.string().trim().max(L.kindLabel).default(""),
  fr: z.string().trim().max(L.kindLabel).default(""),
  en: z.string().trim().max(L.kindLabel).default(""),
});
const fields = z.object({
  label,
  function: z.enum(FUNCTIONS),
  position: z.number().int().min(0).max(1_000).default(0),
  active: z.boolean().default(true),
});

const allKinds = (tx: Tx) =>
  tx.burenhulpKind.findMany({
    orderBy: [{ position: "asc" }, { key: "asc" }],
    select: { id: true, key: true, label: true, function: true, position: true, active: true },
  });

/** The tenant's list of kinds of help: the starter kinds (words from the catalogs) and its own (its own words). */
export const kindsRouter = router({
  list: procedure(P.view).query(async ({ ctx }) => allKinds(ctx.tx)),

  /** The same list for the kinds editor: an admin edits the kinds without seeing any request. */
  forEditor: procedure(P.kinds).query(async ({ ctx }) => allKinds(ctx.tx)),

  create: procedure(P.kinds)
    .input(fields.extend({ key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, zodMessage("burenhulp.schema.kindKey")) }))
    .mutation(async ({ ctx, input }) => {
      if (!input.label.nl && !input.label.fr && !input.label.en) throw appError("burenhulp.kind.labelRequired");
      if (await ctx.tx.burenhulpKind.findUnique({ where: { tenantId_key: { tenantId: ctx.tenant.id, key: input.key } } }))
        throw appError("burenhulp.kind.exists", { key: input.key });
      const k = await ctx.tx.burenhulpKind.create({ data: { tenantId: ctx.tenant.id, ...input }, select: { id: true } });
      await ctx.audit({ action: "burenhulp.kind.created", targetType: "BurenhulpKind", targetId: k.id });
      return k;
    }),

  update: procedure(P.kinds)
    .meta(updateMeta({ model: "BurenhulpKind" }))
    .input(updateInput(fields, { id }))
    .mutation(async ({ ctx, input }) => {
      const k = await requireKind(ctx.tx, input.id);
      const { id: _id, ...data } = input;
      await ctx.tx.burenhulpKind.update({ where: { id: k.id }, data });
      await ctx.audit({
        action: "burenhulp.kind.updated",
        targetType: "BurenhulpKind",
        targetId: k.id,
        data: { fields: Object.keys(data) },
      });
      return { ok: true };
    }),
});
