import { z } from "zod";
import { appDb } from "../db/client";
import { appError } from "../trpc/errors";
import { enabledModuleIds } from "../plugins/state";
import { router } from "../trpc/init";
import { tenantProcedure } from "../trpc/tenant";
import { updateInput, updateMeta } from "../trpc/update-input";
import { locale } from "./schemas";
import { LIMITS } from "../limits";
import { BASE_MAP_CHOICES, isTileTemplate, regionalPreset } from "../map/base-maps";
import { tenantMapConfig } from "../map/config";
import { env } from "../env";
import { overviewProcedure } from "./tenant-overview";
import { contactNotice, contactPointMembershipIds } from "../contact/point";

export const tenantRouter = router({
  /** What the tenant home shows: neighbourhoods, organisations, counts and what this member may do. */
  home: tenantProcedure("core.tenant.view").query(async ({ ctx }) => {
    const neighbourhoods = await ctx.tx.neighbourhood.findMany({
      where: ctx.membership.neighbourhoodIds ? { id: { in: ctx.membership.neighbourhoodIds } } : {},
      select: { id: true, name: true, description: true, boundary: true, _count: { select: { people: true } } },
      orderBy: { name: "asc" },
    });
    const organisations = await ctx.tx.organisation.findMany({ select: { id: true, name: true, kind: true }, orderBy: { name: "asc" } });
    const members = await ctx.tx.membership.count();
    const modules = await enabledModuleIds(ctx.tx);
    // The in-app notice of the contact point: new messages this member can see.
    const contactNew = ctx.permissions.has("core.contact.view") ? await ctx.tx.contactMessage.count({ where: { status: "new" } }) : 0;
    // A member of the contact point is told on her home which new messages wait (with the digest mail).
    const contactPoint =
      contactNew > 0 && (await contactPointMembershipIds(ctx.tx)).includes(ctx.membership.id) ? await contactNotice(ctx.tx) : null;
    return {
      tenant: ctx.tenant,
      roles: ctx.membership.roles,
      /** True when this member works in some neighbourhoods only (people outside them are invisible to them). */
      neighbourhoodScoped: ctx.membership.neighbourhoodIds !== null,
      permissions: [...ctx.permissions].sort(),
      neighbourhoods: neighbourhoods.map((n) => ({
        id: n.id,
        name: n.name,
        description: n.description,
        hasBoundary: n.boundary !== null,
        people: n._count.people,
      })),
      organisations,
      memberCount: members,
      enabledModules: [...modules].sort(),
      contactNew,
      contactPoint,
    };
  }),

  overview: overviewProcedure,

  settings: tenantProcedure("core.tenant.view").query(async ({ ctx }) => {
    const t = await appDb().tenant.findUniqueOrThrow({
      where: { id: ctx.tenant.id },
      select: {
        name: true,
        defaultLocale: true,
        enabledLocales: true,
        mapBaseMap: true,
        mapStyleUrl: true,
        mapAttribution: true,
        mapCenterLat: true,
        mapCenterLng: true,
        mapZoom: true,
        allowPassword: true,
        retentionDays: true,
        mapboxToken: true,
      },
    });
    // The Mapbox token is a secret of the tenant: members learn whether one is set, the map component gets it
    // through map.config only.
    const { mapboxToken, mapBaseMap, ...rest } = t;
    const e = env();
    return {
      ...rest,
      mapBaseMap: (BASE_MAP_CHOICES as readonly string[]).includes(mapBaseMap ?? "") ? mapBaseMap : "auto",
      /** What "auto" means for this tenant now (the installation's default for its region). */
      autoBaseMap: e.MAP_STYLE_URL
        ? "custom"
        : e.MAP_BASE_MAP === "region"
          ? regionalPreset({ lat: t.mapCenterLat, lng: t.mapCenterLng })
          : e.MAP_BASE_MAP,
      hasMapboxToken: Boolean(mapboxToken),
    };
  }),

  updateSettings: tenantProcedure("core.tenant.manage")
    .meta(updateMeta({ model: "Tenant", row: "tenant" }))
    .input(
      updateInput(
        {
          name: z.string().trim().min(1).max(LIMITS.name).optional(),
          defaultLocale: locale.optional(),
          enabledLocales: z.array(locale).min(1).optional(),
          mapBaseMap: z.enum(BASE_MAP_CHOICES).optional(),
          mapStyleUrl: z
            .union([z.literal(""), z.url({ protocol: /^https?$/ }).max(LIMITS.url)])
            .nullable()
            .optional(),
          mapAttribution: z.string().trim().max(LIMITS.mapAttribution).nullable().optional(),
          mapboxToken: z.string().trim().max(LIMITS.mapboxToken).nullable().optional(),
          mapCenterLat: z.number().min(-90).max(90).optional(),
          mapCenterLng: z.number().min(-180).max(180).optional(),
          mapZoom: z.number().min(0).max(22).optional(),
          allowPassword: z.boolean().optional(),
          retentionDays: z.number().int().min(1).max(3650).optional(),
        },
        {},
      ),
    )
    .mutation(async ({ ctx, input }) => {
      // Either may be sent alone: check the pair as it will be stored.
      const defaultLocale = input.defaultLocale ?? ctx.tenant.defaultLocale;
      const enabledLocales = input.enabledLocales ?? ctx.tenant.enabledLocales;
      if ((input.defaultLocale || input.enabledLocales) && !enabledLocales.includes(defaultLocale)) {
        throw appError("tenant.defaultLocaleNotEnabled");
      }
      // A base map that needs a setting gets it: checked against the settings as they will be stored.
      const stored = await ctx.tx.tenant.findUniqueOrThrow({
        where: { id: ctx.tenant.id },
        select: { mapBaseMap: true, mapStyleUrl: true, mapboxToken: true },
      });
      const choice = input.mapBaseMap ?? stored.mapBaseMap ?? "auto";
      const styleUrl = input.mapStyleUrl === undefined ? stored.mapStyleUrl : input.mapStyleUrl || null;
      const token = input.mapboxToken === undefined ? stored.mapboxToken : input.mapboxToken || null;
      if (choice === "custom" && !styleUrl) throw appError("tenant.customBaseMapNeedsUrl");
      if (choice === "custom" && styleUrl && isTileTemplate(styleUrl) === false && /\{[a-z]+\}/i.test(styleUrl)) {
        throw appError("tenant.tileTemplateIncomplete");
      }
      if (choice === "mapbox" && !token) throw appError("tenant.mapboxNeedsToken");
      // In the request's transaction (Tenant has no RLS), so the change and its audit event commit together.
      await ctx.tx.tenant.update({
        where: { id: ctx.tenant.id },
        data: {
          ...input,
          mapBaseMap: input.mapBaseMap === undefined ? undefined : input.mapBaseMap === "auto" ? null : input.mapBaseMap,
          mapStyleUrl: input.mapStyleUrl === "" ? null : input.mapStyleUrl,
          mapAttribution: input.mapAttribution === "" ? null : input.mapAttribution,
        },
      });
      await ctx.audit({
        action: "tenant.settings_updated",
        targetType: "Tenant",
        targetId: ctx.tenant.id,
        data: { fields: Object.keys(input) },
      });
      return { ok: true };
    }),

  /** Map settings for the map component (MapLibre by default, mapbox-gl with the tenant's token). */
  mapConfig: tenantProcedure("core.neighbourhoods.view").query(({ ctx }) => tenantMapConfig(ctx.tx, ctx.tenant.id)),
});
