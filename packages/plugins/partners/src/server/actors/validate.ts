import { type PartnersCtx, requireNeighbourhoods } from "../access";
import { activeSectorKeys } from "../sectors";
import { appError, orThrow } from "../errors";
import { KEY_FIGURE_CONSENT_PURPOSE } from "../../domain";

export { KEY_FIGURE_CONSENT_PURPOSE };

export async function requireSectors(ctx: PartnersCtx, keys: readonly string[], keep: readonly string[] = []): Promise<void> {
  if (keys.length === 0) return;
  const active = await activeSectorKeys(ctx.tx);
  // A sector archived later may stay on an actor that already had it.
  for (const k of keys) if (!active.has(k) && !keep.includes(k)) throw appError("partners.sector.unknown", { key: k });
}

export { requireNeighbourhoods };

/**
 * A key figure is a Person of this tenant who agreed to be on the partner map: the Person must exist, not be linked
 * to another key figure, and have a consent for this purpose on file (or the form records it now).
 */
export async function linkKeyFigure(
  ctx: PartnersCtx,
  input: { personId: string; consentMethod: "verbal" | "written" | "online" | null; actorId?: string },
): Promise<void> {
  orThrow(await ctx.tx.person.findUnique({ where: { id: input.personId }, select: { id: true } }), "partners.person.notFound");
  const taken = await ctx.tx.partnersActor.findFirst({
    where: { personId: input.personId, ...(input.actorId ? { id: { not: input.actorId } } : {}) },
    select: { id: true },
  });
  if (taken) throw appError("partners.person.taken");
  const consent = await ctx.tx.consent.findFirst({
    where: { personId: input.personId, purpose: KEY_FIGURE_CONSENT_PURPOSE, withdrawnAt: null },
    select: { id: true },
  });
  if (consent) return;
  if (!input.consentMethod) throw appError("partners.person.noConsent");
  await ctx.tx.consent.create({
    data: {
      tenantId: ctx.tenant.id,
      personId: input.personId,
      purpose: KEY_FIGURE_CONSENT_PURPOSE,
      method: input.consentMethod,
      givenAt: new Date(),
      recordedById: ctx.session.userId,
    },
  });
}
