import { router, updateInput, updateMeta } from "@zorgzaam/core/plugin";
import type { Prisma } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import { type ReflectieCtx, requireMembers, sessionScope, visibleSession } from "../access";
import { dateColumnDay, dayAsDate, isOverdue, OPEN_STATUSES, todayInBrussels } from "../dates";
import { procedure } from "../procedures";
import { day, id } from "../schemas";
import { REFLECTIE_LIMITS } from "../../limits";
import { appError, orThrow, zodMessage } from "../errors";

export const ACTION_STATUSES = ["open", "in_progress", "done", "dropped"] as const;

const actionText = z.string().trim().min(1, zodMessage("reflectie.schema.actionTextRequired")).max(REFLECTIE_LIMITS.actionText);
const ownerName = z.string().trim().max(REFLECTIE_LIMITS.ownerName);

/** The owner: a member (by user id, their name is kept with it) or a name typed in (a guest, a partner). */
async function owner(ctx: ReflectieCtx, userId: string | null | undefined, name: string | null | undefined) {
  if (userId && name) throw appError("reflectie.action.ownerTwice");
  if (userId) {
    const m = (await requireMembers(ctx.tx, [userId])).get(userId)!;
    return { ownerUserId: m.userId, ownerName: m.name };
  }
  return { ownerUserId: null, ownerName: name?.trim() ? name.trim() : null };
}

async function visibleAction(ctx: ReflectieCtx, actionId: string) {
  return orThrow(
    await ctx.tx.reflectieAction.findFirst({
      where: { id: actionId, session: sessionScope(ctx) },
      select: { id: true, sessionId: true, status: true },
    }),
    "reflectie.action.notFound",
  );
}

/** Action points of every session the caller may see, in one list. */
export const actionsRouter = router({
  list: procedure(P.participate)
    .input(
      z
        .object({
          status: z.enum([...ACTION_STATUSES, "open_any"]).optional(),
          overdue: z.boolean().optional(),
          sessionId: id.optional(),
          mine: z.boolean().optional(),
        })
        .default({}),
    )
    .query(async ({ ctx, input }) => {
      const today = todayInBrussels();
      const where: Prisma.ReflectieActionWhereInput = {
        session: sessionScope(ctx),
        ...(input.sessionId ? { sessionId: input.sessionId } : {}),
        ...(input.status === "open_any" ? { status: { in: [...OPEN_STATUSES] } } : input.status ? { status: input.status } : {}),
        ...(input.overdue ? { status: { in: [...OPEN_STATUSES] }, dueDate: { lt: today } } : {}),
        ...(input.mine ? { ownerUserId: ctx.session.userId } : {}),
      };
      const rows = await ctx.tx.reflectieAction.findMany({
        where,
        orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
        take: 500,
        include: { session: { select: { id: true, title: true, date: true } } },
      });
      const now = new Date();
      return rows.map((a) => ({
        id: a.id,
        text: a.text,
        status: a.status,
        ownerUserId: a.ownerUserId,
        ownerName: a.ownerName,
        dueDate: a.dueDate ? dateColumnDay(a.dueDate) : null,
        overdue: isOverdue(a, now),
        session: a.session,
      }));
    }),

  create: procedure(P.participate)
    .input(
      z.object({
        sessionId: id,
        itemId: id.nullable().optional(),
        text: actionText,
        ownerUserId: id.nullable().optional(),
        ownerName: ownerName.nullable().optional(),
        dueDate: day.nullable().optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const s = await visibleSession(ctx, input.sessionId, { open: true });
      if (input.itemId) {
        orThrow(
          await ctx.tx.reflectieItem.findFirst({ where: { id: input.itemId, sessionId: s.id }, select: { id: true } }),
          "reflectie.item.notFound",
        );
      }
      const a = await ctx.tx.reflectieAction.create({
        data: {
          tenantId: ctx.tenant.id,
          sessionId: s.id,
          itemId: input.itemId ?? null,
          text: input.text,
          ...(await owner(ctx, input.ownerUserId, input.ownerName)),
          dueDate: input.dueDate ? dayAsDate(input.dueDate) : null,
          createdById: ctx.session.userId,
        },
        select: { id: true },
      });
      await ctx.audit({ action: "reflectie.action.created", targetType: "ReflectieAction", targetId: a.id, data: { sessionId: s.id } });
      return a;
    }),

  /** Status and follow-up also after the session closed (that is when the work happens). */
  update: procedure(P.participate)
    .meta(updateMeta({ model: "ReflectieAction", derived: { status: ["doneAt"], ownerUserId: ["ownerName"], ownerName: ["ownerUserId"] } }))
    .input(
      updateInput(
        {
          status: z.enum(ACTION_STATUSES),
          text: actionText,
          ownerUserId: id.nullable(),
          ownerName: ownerName.nullable(),
          dueDate: day.nullable(),
        },
        { id },
      ),
    )
    .mutation(async ({ ctx, input }) => {
      const a = await visibleAction(ctx, input.id);
      const ownerChange = input.ownerUserId !== undefined || input.ownerName !== undefined;
      await ctx.tx.reflectieAction.update({
        where: { id: a.id },
        data: {
          ...(input.text !== undefined ? { text: input.text } : {}),
          ...(input.status !== undefined
            ? { status: input.status, doneAt: input.status === "done" ? (a.status === "done" ? undefined : new Date()) : null }
            : {}),
          ...(ownerChange ? await owner(ctx, input.ownerUserId, input.ownerName) : {}),
          ...(input.dueDate !== undefined ? { dueDate: input.dueDate ? dayAsDate(input.dueDate) : null } : {}),
        },
      });
      await ctx.audit({
        action: "reflectie.action.updated",
        targetType: "ReflectieAction",
        targetId: a.id,
        data: {
          sessionId: a.sessionId,
          ...(input.status ? { status: input.status } : {}),
          fields: Object.keys(input).filter((k) => k !== "id"),
        },
      });
      return { ok: true };
    }),

  delete: procedure(P.participate)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const a = await visibleAction(ctx, input.id);
      await visibleSession(ctx, a.sessionId, { open: true });
      await ctx.tx.reflectieAction.delete({ where: { id: a.id } });
      await ctx.audit({
        action: "reflectie.action.deleted",
        targetType: "ReflectieAction",
        targetId: a.id,
        data: { sessionId: a.sessionId },
      });
      return { ok: true };
    }),
});
