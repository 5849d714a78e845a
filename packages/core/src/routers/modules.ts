import { z } from "zod";
import { settingsOf } from "../plugins/settings";
import type { Prisma } from "../generated/prisma/client";
import { syncModuleSchedules } from "../jobs/schedule";
import { tenantHookContext } from "../plugins/procedures";
import { installedPlatform } from "../platform/installed";
import { settingsTexts } from "../plugins/settings-texts";
import { router } from "../trpc/init";
import { TRPCError } from "@trpc/server";
import type { Localised } from "../plugins/contract";
import { appError, orThrow, zodMessage } from "../trpc/errors";
import { tenantProcedure } from "../trpc/tenant";
import { updateInput, updateMeta } from "../trpc/update-input";

const moduleId = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9-]{1,40}$/, zodMessage("schema.unknownModule"));

/** Modules' names in every language, listed ("Partners, Reflectie"), for a message's parameter. */
function namesOf(names: readonly Localised[]): Localised {
  const list = (locale: keyof Localised) => names.map((n) => n[locale]).join(", ");
  return { nl: list("nl"), fr: list("fr"), en: list("en") };
}

export const modulesRouter = router({
  /** Every installed module with its state for this tenant and its settings form (as JSON Schema). */
  list: tenantProcedure("core.modules.manage").query(async ({ ctx }) => {
    const rows = await ctx.tx.tenantModule.findMany();
    const byId = new Map(rows.map((r) => [r.moduleId, r]));
    const { publicCapabilities: on } = await ctx.tx.tenant.findUniqueOrThrow({
      where: { id: ctx.tenant.id },
      select: { publicCapabilities: true },
    });
    return installedPlatform().plugins.map((p) => {
      const row = byId.get(p.manifest.id);
      return {
        id: p.manifest.id,
        name: p.manifest.name,
        description: p.manifest.description,
        icon: p.manifest.icon,
        dependsOn: [...p.manifest.dependsOn],
        enabled: row?.enabled ?? false,
        settings: settingsOf(p.manifest, row?.settings) as Record<string, unknown>,
        settingsSchema: z.toJSONSchema(p.manifest.settings, { io: "input" }) as Record<string, unknown>,
        /** The form's labels and choices in the reader's language, from the module's catalog. */
        settingsTexts: settingsTexts(p, ctx.locale),
        changedAt: row?.changedAt ?? null,
        changedById: row?.changedById ?? null,
        /** What the module can open to residents without an account, each with its "publiek zichtbaar" switch. */
        publicCapabilities: (p.manifest.publicCapabilities ?? []).map((c) => ({ key: c.key, label: c.label, enabled: on.includes(c.key) })),
      };
    });
  }),

  /** Enabling is refused while a module it depends on is off; the message names that module. */
  enable: tenantProcedure("core.modules.manage")
    .input(z.object({ id: moduleId }))
    .mutation(async ({ ctx, input }) => {
      const plugin = orThrow(installedPlatform().plugin(input.id), "module.notFound");
      const enabled = new Set((await ctx.tx.tenantModule.findMany({ where: { enabled: true } })).map((r) => r.moduleId));
      const missing = plugin.manifest.dependsOn.filter((d) => !enabled.has(d));
      if (missing.length) {
        const names = namesOf(missing.map((d) => installedPlatform().plugin(d)?.manifest.name ?? { nl: d, fr: d, en: d }));
        throw appError("module.needs", { names, module: plugin.manifest.name });
      }
      const key = { tenantId_moduleId: { tenantId: ctx.tenant.id, moduleId: input.id } };
      await ctx.tx.tenantModule.upsert({
        where: key,
        create: { tenantId: ctx.tenant.id, moduleId: input.id, enabled: true, changedById: ctx.session.userId },
        update: { enabled: true, changedById: ctx.session.userId, changedAt: new Date() },
      });
      await plugin.server.onEnable?.(
        tenantHookContext({
          moduleId: input.id,
          tenantId: ctx.tenant.id,
          tx: ctx.tx,
          actorUserId: ctx.session.userId,
          afterCommit: ctx.afterCommit,
        }),
      );
      // Its repeatable jobs once the switch committed (the worker also reconciles them at start).
      const tenantId = ctx.tenant.id;
      ctx.afterCommit(() => syncModuleSchedules(plugin.server.schedules, tenantId, true));
      await ctx.audit({ action: "module.enabled", targetType: "Module", targetId: input.id });
      return { ok: true };
    }),

  /** Disabling hides the module and pauses its jobs for this tenant; it deletes nothing. */
  disable: tenantProcedure("core.modules.manage")
    .input(z.object({ id: moduleId }))
    .mutation(async ({ ctx, input }) => {
      const plugin = orThrow(installedPlatform().plugin(input.id), "module.notFound");
      const enabled = (await ctx.tx.tenantModule.findMany({ where: { enabled: true } })).map((r) => r.moduleId);
      const dependants = installedPlatform().plugins.filter(
        (p) => enabled.includes(p.manifest.id) && p.manifest.dependsOn.includes(input.id),
      );
      if (dependants.length) {
        throw appError("module.usedBy", { names: namesOf(dependants.map((d) => d.manifest.name)), module: plugin.manifest.name });
      }
      await ctx.tx.tenantModule.updateMany({
        where: { moduleId: input.id },
        data: { enabled: false, changedById: ctx.session.userId, changedAt: new Date() },
      });
      await plugin.server.onDisable?.(
        tenantHookContext({
          moduleId: input.id,
          tenantId: ctx.tenant.id,
          tx: ctx.tx,
          actorUserId: ctx.session.userId,
          afterCommit: ctx.afterCommit,
        }),
      );
      const tenantId = ctx.tenant.id;
      ctx.afterCommit(() => syncModuleSchedules(plugin.server.schedules, tenantId, false));
      await ctx.audit({ action: "module.disabled", targetType: "Module", targetId: input.id });
      return { ok: true };
    }),

  /** Changes the settings that are sent; the others keep their stored value (not the manifest's default). */
  updateSettings: tenantProcedure("core.modules.manage")
    .meta(
      updateMeta({
        model: "TenantModule",
        row: { input: "id", column: "moduleId" },
        derived: { settings: ["changedById", "changedAt"] },
      }),
    )
    .input(updateInput({ settings: z.record(z.string(), z.unknown()) }, { id: moduleId }))
    .mutation(async ({ ctx, input }) => {
      const plugin = orThrow(installedPlatform().plugin(input.id), "module.notFound");
      if (input.settings === undefined) return { ok: true };
      const row = await ctx.tx.tenantModule.findUnique({
        where: { tenantId_moduleId: { tenantId: ctx.tenant.id, moduleId: input.id } },
        select: { settings: true },
      });
      const stored = row?.settings && typeof row.settings === "object" && !Array.isArray(row.settings) ? row.settings : {};
      const parsed = plugin.manifest.settings.safeParse({ ...stored, ...input.settings });
      if (!parsed.success) {
        // Said per setting in the caller's language by the error formatter (the zod problems travel as the cause).
        throw new TRPCError({ code: "BAD_REQUEST", cause: parsed.error });
      }
      const settings = parsed.data as Prisma.InputJsonValue;
      await ctx.tx.tenantModule.upsert({
        where: { tenantId_moduleId: { tenantId: ctx.tenant.id, moduleId: input.id } },
        create: { tenantId: ctx.tenant.id, moduleId: input.id, enabled: false, settings, changedById: ctx.session.userId },
        update: { settings, changedById: ctx.session.userId, changedAt: new Date() },
      });
      await ctx.audit({ action: "module.settings_updated", targetType: "Module", targetId: input.id, data: { settings } });
      return { ok: true };
    }),
});
