import { z } from "zod";
import { installedPlatform } from "../platform/installed";
import { ROLES } from "../permissions/roles";
import { router } from "../trpc/init";
import { appError, orThrow } from "../trpc/errors";
import { tenantProcedure } from "../trpc/tenant";
import { role } from "./schemas";

export const rolesRouter = router({
  /** The tenant's role-permission matrix: defaults from the registry with the tenant's changes applied. */
  matrix: tenantProcedure("core.roles.manage").query(async ({ ctx }) => {
    const overrides = await ctx.tx.rolePermission.findMany();
    const permissions = installedPlatform().permissions.map((p) => ({
      key: p.key,
      sensitive: p.sensitive ?? false,
      defaultRoles: [...p.defaultRoles],
    }));
    const grants = Object.fromEntries(ROLES.map((r) => [r, [...installedPlatform().effectivePermissions([r], overrides)].sort()]));
    return { roles: [...ROLES], permissions, grants };
  }),

  set: tenantProcedure("core.roles.manage")
    .input(z.object({ role, permission: z.string().max(200), granted: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const def = orThrow(installedPlatform().permission(input.permission), "roles.permissionNotFound");
      if (input.role === "admin" && def.key === "core.roles.manage" && !input.granted) {
        throw appError("roles.adminKeepsRoles");
      }
      const isDefault = (def.defaultRoles as readonly string[]).includes(input.role) === input.granted;
      const key = { tenantId: ctx.tenant.id, role: input.role, permission: def.key };
      if (isDefault) {
        await ctx.tx.rolePermission.deleteMany({ where: { role: input.role, permission: def.key } });
      } else {
        await ctx.tx.rolePermission.upsert({
          where: { tenantId_role_permission: key },
          create: { ...key, granted: input.granted },
          update: { granted: input.granted },
        });
      }
      await ctx.audit({
        action: "roles.permission_changed",
        targetType: "Role",
        targetId: input.role,
        data: { permission: def.key, granted: input.granted },
      });
      return { ok: true };
    }),
});
