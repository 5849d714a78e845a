import { receiveContactMessage, router, sql, type Tx } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import { hardFilters } from "../candidates";
import { appError } from "../errors";
import { mailLocale, translator } from "../i18n";
import { limitedQuery, procedure } from "../procedures";
import { id } from "../schemas";
import { helperFacts } from "./matches";

/** How many nearby requests her page lists (the soonest first). */
const SHOWN = 30;

/**
 * What a helper in peer mode may read of the requests near her (and nothing else): the kind, the street name, when.
 * Never the asker, her house number, the notes, the point, the languages or the channel (limitedQuery: the guard keeps
 * only these fields of every row the procedure reads).
 */
export const PEER_FIELDS = [
  { model: "BurenhulpRequest", fields: ["id", "kindId", "whenKind", "startsOn", "endsOn", "weekdays", "street", "neighbourhoodId"] },
  { model: "BurenhulpKind", fields: ["id", "key", "label"] },
  { model: "Neighbourhood", fields: ["id", "name"] },
] as const;

/** The street name without a house number or box ("Kerkstraat 12 bus 3" -> "Kerkstraat", "12, rue Haute" -> "rue Haute"). */
export function streetName(street: string | null): string | null {
  if (!street) return null;
  const name = street
    .replace(/^\s*\d+\s*[a-zA-Z]?\s*[,/-]?\s*/, "")
    .replace(/[\s,]+\d.*$/, "")
    .trim();
  return name || null;
}

/**
 * The open small requests near the signed-in helper that she could help with: for each of her active offers she opted
 * in with (peer mode), the requests of that kind that pass the hard filters of matching (near, time, language, not
 * her own), that a person triaged as small ("klein helpen"; heavy or not yet triaged never), still open (in intake or
 * open: triage does not move a request on), and that she has not been matched to yet. Ids only (the request, and her offer to help with): raw SQL is not seen by the field guard.
 */
async function nearby(
  tx: Tx,
  args: { tenantId: string; email: string; radiusM: number; requestId?: string },
): Promise<{ requestId: string; offerId: string; personId: string }[]> {
  return tx.$queryRaw(sql`
WITH me AS (SELECT "id" FROM "Person" WHERE lower("email") = lower(${args.email}) LIMIT 5),
mine AS (
  SELECT o."id", o."personId", o."kindId", o."weekdays", o."startsOn", o."endsOn", o."neighbourhoodId", o."street", o."lat",
         o."lng", o."languages"
  FROM "BurenhulpOffer" o
  WHERE o."tenantId" = ${args.tenantId}::uuid AND o."personId" IN (SELECT "id" FROM me) AND o."status" = 'active' AND o."peerOptIn"
),
near AS (
  SELECT DISTINCT ON (r."id") r."id" AS "requestId", o."id" AS "offerId", o."personId", r."startsOn", r."createdAt"
  FROM "BurenhulpRequest" r JOIN mine o ON o."kindId" = r."kindId"
  WHERE r."tenantId" = ${args.tenantId}::uuid AND r."status" IN ('intake', 'open') AND r."weight" = 'small'
    ${args.requestId ? sql`AND r."id" = ${args.requestId}::uuid` : sql``}
    AND (r."personId" IS NULL OR r."personId" NOT IN (SELECT "id" FROM me))
    AND NOT EXISTS (SELECT 1 FROM "BurenhulpMatch" m
                    WHERE m."tenantId" = ${args.tenantId}::uuid AND m."requestId" = r."id" AND m."offerId" IN (SELECT "id" FROM mine))
    AND NOT EXISTS (SELECT 1 FROM "BurenhulpArea" a
                    WHERE a."tenantId" = r."tenantId" AND a."neighbourhoodId" = r."neighbourhoodId" AND a."mode" = 'facilitation')
    AND ${hardFilters(args.radiusM)}
  ORDER BY r."id", o."id"
)
SELECT "requestId", "offerId", "personId" FROM near ORDER BY "startsOn" ASC NULLS LAST, "createdAt" DESC, "requestId" LIMIT ${SHOWN}`);
}

function assertPeerMode(ctx: { settings: { mode: string; peerMode: boolean } }) {
  if (!ctx.settings.peerMode || ctx.settings.mode === "facilitation") throw appError("burenhulp.peer.off");
}

/**
 * Peer mode without a dispatcher (issue 12), optional per tenant (setting `peerMode`, default off): helpers with an
 * account who opted in see anonymised open small requests near them and can say "ik kan helpen". That makes a
 * proposed match; a worker confirms it (the usual steps) before the helper learns who and where exactly.
 */
export const peerRouter = router({
  /** The anonymised requests near her: kind, street name, when. Empty when peer mode is off or she did not opt in. */
  nearby: limitedQuery(P.own, PEER_FIELDS).query(async ({ ctx }) => {
    if (!ctx.settings.peerMode || ctx.settings.mode === "facilitation") return [];
    const ids = await nearby(ctx.tx, { tenantId: ctx.tenant.id, email: ctx.session.email, radiusM: ctx.settings.radiusM });
    if (ids.length === 0) return [];
    const rows = await ctx.tx.burenhulpRequest.findMany({
      where: { id: { in: ids.map((r) => r.requestId) } },
      select: {
        id: true,
        whenKind: true,
        startsOn: true,
        endsOn: true,
        weekdays: true,
        street: true,
        kind: { select: { key: true, label: true } },
        neighbourhood: { select: { name: true } },
      },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap(({ requestId }) => {
      const r = byId.get(requestId);
      if (!r) return [];
      return [
        {
          requestId: r.id,
          kind: r.kind,
          street: streetName(r.street),
          neighbourhood: r.neighbourhood?.name ?? null,
          whenKind: r.whenKind,
          startsOn: r.startsOn,
          endsOn: r.endsOn,
          weekdays: r.weekdays,
        },
      ];
    });
  }),

  /**
   * "Ik kan helpen": a proposed match between the request and her offer of that kind. Only for a request her list
   * shows (the same filters), under her own monthly limit. The contact point hears it; a worker confirms before any
   * details are shared.
   */
  offerHelp: procedure(P.own)
    .input(z.object({ requestId: id }))
    .mutation(async ({ ctx, input }) => {
      // The request first: an id this helper cannot see near her (another tenant's too) is not found, whatever the mode.
      const [hit] = await nearby(ctx.tx, {
        tenantId: ctx.tenant.id,
        email: ctx.session.email,
        radiusM: ctx.settings.radiusM,
        requestId: input.requestId,
      });
      if (!hit) throw appError("burenhulp.peer.notNear");
      assertPeerMode(ctx);
      const facts = (await helperFacts(ctx.tx, [hit.personId], null))(hit.personId);
      const max = facts.maxPerMonth ?? ctx.settings.defaultMaxPerMonth;
      if (facts.thisMonth >= max) throw appError("burenhulp.peer.overLimit", { max });
      const m = await ctx.tx.burenhulpMatch.create({
        data: { tenantId: ctx.tenant.id, requestId: hit.requestId, offerId: hit.offerId, createdById: ctx.session.userId },
        select: { id: true },
      });
      await ctx.audit({ action: "burenhulp.match.created", targetType: "BurenhulpMatch", targetId: m.id, data: { via: "peer" } });
      const helper = await ctx.tx.person.findUnique({
        where: { id: hit.personId },
        select: { id: true, firstName: true, neighbourhoodId: true, languages: true },
      });
      if (helper) {
        const tenant = await ctx.tx.tenant.findUnique({ where: { id: ctx.tenant.id }, select: { defaultLocale: true } });
        const locale = mailLocale([], tenant?.defaultLocale ?? "nl");
        await receiveContactMessage(ctx, {
          personId: helper.id,
          neighbourhoodId: helper.neighbourhoodId,
          body: translator(locale, "peer")("offeredMessage", { name: helper.firstName }),
          locale,
          source: "module",
        });
      }
      return { id: m.id };
    }),
});
