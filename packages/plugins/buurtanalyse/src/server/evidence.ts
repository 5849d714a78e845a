import type { Tx } from "@zorgzaam/core/plugin";
import { CONSENT_AUDIENCES, type ConsentAudience } from "../domain";

export { CONSENT_AUDIENCES, type ConsentAudience };
export type EvidenceAudience = "team" | ConsentAudience;

export interface ReportEvidence {
  quotes: { id: string; text: string; saidBy: string | null; date: Date }[];
  photos: { id: string; fileId: string; caption: string; takenAt: Date }[];
}

/** The where-clause on an `audiences` column for one audience: the team sees all. */
function audienceFilter(audience: EvidenceAudience) {
  return audience === "team" ? {} : { has: audience };
}

/**
 * The quotes and photos of an analysis that one audience may see (BA-7, ADR 0032), for the report: the team sees all;
 * partners, the council and residents only what carries their consent flag. A photo is an observation's core file
 * (active, never one in quarantine); its caption is the observation's text and its time the observation's. A quote's
 * date is its conversation's date, else its observation's time, else when it was written down. Runs under the caller's
 * row-level security: what the caller cannot see is not returned either.
 */
export async function reportEvidence(tx: Tx, tenantId: string, analysisId: string, audience: EvidenceAudience): Promise<ReportEvidence> {
  const filter = audienceFilter(audience);
  const quoteRows = await tx.buurtanalyseQuote.findMany({
    where: { tenantId, analysisId, ...(audience === "team" ? {} : { audiences: filter }) },
    select: {
      id: true,
      text: true,
      saidBy: true,
      createdAt: true,
      conversation: { select: { heldOn: true } },
      observation: { select: { observedAt: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const photoRows = await tx.buurtanalyseObservation.findMany({
    where: {
      tenantId,
      analysisId,
      photoFileId: { not: null },
      photo: { status: "active" },
      ...(audience === "team" ? {} : { photoAudiences: filter }),
    },
    select: { id: true, text: true, observedAt: true, photoFileId: true },
    orderBy: [{ observedAt: "asc" }, { id: "asc" }],
  });
  return {
    quotes: quoteRows.map((q) => ({
      id: q.id,
      text: q.text,
      saidBy: q.saidBy,
      date: q.conversation?.heldOn ?? q.observation?.observedAt ?? q.createdAt,
    })),
    photos: photoRows.flatMap((p) => (p.photoFileId ? [{ id: p.id, fileId: p.photoFileId, caption: p.text, takenAt: p.observedAt }] : [])),
  };
}
