import { randomBytes } from "node:crypto";
import { type Prisma, router } from "@zorgzaam/core/plugin";
import { z } from "zod";
import {
  CRITERION_GROUPS,
  LIST_KEYS,
  LIST_LIMITS,
  LISTS,
  type ListItem,
  readStoredItems,
  REGIONS,
  resolveLists,
  type Texts,
} from "../../lists";
import { P } from "../../manifest";
import { appError } from "../errors";
import { procedure } from "../procedures";

const listKey = z.enum(LIST_KEYS);
const text = z.string().trim().max(LIST_LIMITS.text);
const texts = z.object({ nl: text.default(""), fr: text.default(""), en: text.default("") });

const itemInput = texts.extend({
  /** The item's key: null for a new item (the server gives it one); an existing key keeps the answers given under it. */
  key: z
    .string()
    .regex(/^[A-Za-z0-9_]{1,40}$/)
    .nullable()
    .default(null),
  region: z
    .enum(REGIONS as ["all", "flanders", "brussels"])
    .nullable()
    .default(null),
  group: z.enum(CRITERION_GROUPS).nullable().default(null),
  situation: texts.nullable().default(null),
  actions: texts.nullable().default(null),
});

const filled = (t: Texts) => Boolean(t.nl || t.fr || t.en);
const who = (u: { name: string | null; email: string } | null) => (u ? u.name || u.email : null);

/**
 * The tenant's own starter lists (src/lists.ts): everyone who sees analyses reads them as the tenant has them; a
 * manager changes a list (the first change makes the tenant's copy, which later starter updates leave alone) or puts
 * the starter list back.
 */
export const listsRouter = router({
  /** Every list as this tenant has it. */
  all: procedure(P.view).query(async ({ ctx }) => {
    return resolveLists(await ctx.tx.buurtanalyseList.findMany({ select: { list: true, items: true } }));
  }),

  /** The lists with whether the tenant changed them, and when and by whom. */
  overview: procedure(P.manage).query(async ({ ctx }) => {
    const rows = await ctx.tx.buurtanalyseList.findMany({
      select: { list: true, items: true, updatedAt: true, updatedBy: { select: { name: true, email: true } } },
    });
    const lists = resolveLists(rows);
    return LIST_KEYS.map((key) => {
      const row = rows.find((r) => r.list === key);
      return {
        key,
        count: lists[key].length,
        own: Boolean(row),
        updatedAt: row?.updatedAt ?? null,
        updatedBy: who(row?.updatedBy ?? null),
      };
    });
  }),

  /** One list to change: its items, whether it is the tenant's own copy, its version, and the starter items beside it. */
  get: procedure(P.manage)
    .input(z.object({ list: listKey }))
    .query(async ({ ctx, input }) => {
      const row = await ctx.tx.buurtanalyseList.findUnique({
        where: { tenantId_list: { tenantId: ctx.tenant.id, list: input.list } },
        select: { items: true, version: true },
      });
      const def = LISTS[input.list];
      return {
        list: input.list,
        own: Boolean(row),
        version: row?.version ?? 0,
        items: (row ? readStoredItems(row.items) : null) ?? def.starter.map((i) => ({ ...i })),
        region: Boolean(def.region),
        group: Boolean(def.group),
        idea: Boolean(def.idea),
      };
    }),

  /**
   * Saves the whole list (the order as sent). Every item needs its words in at least one language; a missing
   * translation is shown in Dutch (or the first language filled in). `version` is the one read: when someone saved
   * the list meanwhile, the save is refused rather than overwriting their change.
   */
  save: procedure(P.manage)
    .input(z.object({ list: listKey, version: z.number().int().min(0), items: z.array(itemInput).max(LIST_LIMITS.items) }))
    .mutation(async ({ ctx, input }) => {
      const def = LISTS[input.list];
      const seen = new Set<string>();
      const items: ListItem[] = input.items.map((i, n) => {
        if (!filled(i)) throw appError("buurtanalyse.lists.itemEmpty", { row: n + 1 });
        if (def.idea && !(i.situation && filled(i.situation))) throw appError("buurtanalyse.lists.situationEmpty", { row: n + 1 });
        const key = i.key ?? `c${randomBytes(6).toString("hex")}`;
        if (seen.has(key)) throw appError("buurtanalyse.lists.duplicateKey", { row: n + 1 });
        seen.add(key);
        return {
          key,
          nl: i.nl,
          fr: i.fr,
          en: i.en,
          ...(def.region ? { region: i.region ?? "all" } : {}),
          ...(def.group ? { group: i.group ?? "features" } : {}),
          ...(def.idea ? { situation: i.situation ?? { nl: "", fr: "", en: "" }, actions: i.actions ?? { nl: "", fr: "", en: "" } } : {}),
        };
      });
      const where = { tenantId_list: { tenantId: ctx.tenant.id, list: input.list } };
      const row = await ctx.tx.buurtanalyseList.findUnique({ where, select: { id: true, version: true } });
      if ((row?.version ?? 0) !== input.version) throw appError("buurtanalyse.lists.changed");
      const data = { items: items as unknown as Prisma.InputJsonValue, updatedById: ctx.session.userId };
      const saved = row
        ? await ctx.tx.buurtanalyseList.update({
            where: { id: row.id },
            data: { ...data, version: { increment: 1 } },
            select: { id: true, version: true },
          })
        : await ctx.tx.buurtanalyseList.create({
            data: { ...data, tenantId: ctx.tenant.id, list: input.list },
            select: { id: true, version: true },
          });
      await ctx.audit({
        action: "buurtanalyse.list.saved",
        targetType: "BuurtanalyseList",
        targetId: saved.id,
        data: { list: input.list, items: items.length },
      });
      return { version: saved.version, count: items.length };
    }),

  /** Puts the starter list back (the tenant's copy is deleted; later starter updates reach the list again). */
  reset: procedure(P.manage)
    .input(z.object({ list: listKey }))
    .mutation(async ({ ctx, input }) => {
      const row = await ctx.tx.buurtanalyseList.findUnique({
        where: { tenantId_list: { tenantId: ctx.tenant.id, list: input.list } },
        select: { id: true },
      });
      if (!row) return { reset: false };
      await ctx.tx.buurtanalyseList.delete({ where: { id: row.id } });
      await ctx.audit({ action: "buurtanalyse.list.reset", targetType: "BuurtanalyseList", targetId: row.id, data: { list: input.list } });
      return { reset: true };
    }),
});
