import { type AuditInput, readModuleSettings, type Tx } from "@zorgzaam/core/plugin";
import type { ActorKind } from "../domain";
import { manifest, P } from "../manifest";
import { recordChange } from "./history";

/** The actor kinds another module may add this way (never a key figure: that needs a Person and consent). */
export const FOUND_ACTOR_KINDS = [
  "organisation",
  "service",
  "business",
  "school",
  "association",
  "self_organisation",
  "citizen_initiative",
  "religious",
  "place",
] as const satisfies readonly ActorKind[];

export interface FoundActorInput {
  name: string;
  kind: (typeof FOUND_ACTOR_KINDS)[number];
  website: string | null;
  /** Where it was found, in words (e.g. "Buurtanalyse Molenwijk 2026, ronde 3: de sociale kaart"): kept in the notes. */
  foundVia: string;
  neighbourhoodIds: string[];
}

/**
 * Partners' public server API for other modules (Buurtanalyse's round 3 "toevoegen als actor", BA-6): adds an actor
 * found elsewhere to the partner map, with where it was found in its notes, not contacted yet, visible as the
 * member's new actors are (the tenant's default visibility for a member of an organisation, else the partnership), and
 * in the actor's history. Null when the member may not add actors (partners.actors.manage); the caller checks that
 * Partners is on.
 */
export async function addFoundActor(
  ctx: {
    tx: Tx;
    tenant: { id: string };
    session: { userId: string };
    membership: { organisationId: string | null };
    permissions: Set<string>;
    audit: (e: AuditInput) => Promise<unknown>;
  },
  input: FoundActorInput,
): Promise<{ id: string } | null> {
  if (!ctx.permissions.has(P.manage)) return null;
  const settings = await readModuleSettings(ctx.tx, ctx.tenant.id, manifest);
  const organisationId = ctx.membership.organisationId;
  const a = await ctx.tx.partnersActor.create({
    data: {
      tenantId: ctx.tenant.id,
      name: input.name,
      kind: input.kind,
      formal: input.kind !== "citizen_initiative" && input.kind !== "self_organisation",
      website: input.website,
      notes: input.foundVia,
      neighbourhoodIds: [...new Set(input.neighbourhoodIds)],
      organisationId,
      visibility: organisationId ? settings.defaultVisibility : "partnership",
      createdById: ctx.session.userId,
      source: "manual",
    },
    select: { id: true, status: true },
  });
  await recordChange(ctx.tx, {
    tenantId: ctx.tenant.id,
    actorId: a.id,
    kind: "created",
    statusAfter: a.status,
    byUserId: ctx.session.userId,
  });
  await ctx.audit({
    action: "partners.actor.created",
    targetType: "PartnersActor",
    targetId: a.id,
    data: { kind: input.kind, via: "buurtanalyse" },
  });
  return { id: a.id };
}
