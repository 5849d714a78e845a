import type { SeedContext } from "@zorgzaam/core/plugin";

/**
 * One finished import per demo tenant, so the import page has a history to show (and the isolation tests find rows in
 * PartnersImport). It names a few of the demo actors as imported and one skipped duplicate; the file itself is gone,
 * as after any finished import. Runs again safely: nothing happens when the tenant has an import already.
 */
export async function seedTransfer(ctx: SeedContext): Promise<void> {
  const db = ctx.db;
  const tenantId = ctx.tenant.id;
  if (await db.partnersImport.findFirst({ where: { tenantId }, select: { id: true } })) return;
  const regie = ctx.usersByRole.regie?.[0] ?? ctx.usersByRole.admin?.[0] ?? null;
  const membership = regie
    ? await db.membership.findFirst({ where: { tenantId, userId: regie.id }, select: { organisationId: true } })
    : null;
  const actors = await db.partnersActor.findMany({
    where: { tenantId, kind: { in: ["association", "organisation", "service"] }, visibility: "partnership", archivedAt: null },
    orderBy: { name: "asc" },
    take: 5,
    select: { id: true, name: true, address: true },
  });
  const [first, ...rest] = actors;
  const finished = new Date(Date.now() - 30 * 86_400_000);
  const started = new Date(finished.getTime() - 4_000);
  await db.partnersImport.create({
    data: {
      tenantId,
      fileName: "verenigingenlijst-gemeente.csv",
      format: "csv",
      fileSize: 1_843,
      file: null,
      fileDroppedAt: finished,
      encoding: "windows-1252",
      delimiter: ";",
      headers: ["Naam", "Soort", "Straat", "Huisnummer", "Postcode", "Gemeente", "Telefoon", "E-mail"],
      totalRows: rest.length + 1,
      mapping: {
        columns: { name: 0, kind: 1, street: 2, houseNumber: 3, postcode: 4, city: 5, phone: 6, email: 7 },
        values: { kind: {}, sectors: {}, status: {} },
        defaults: { kind: "association", status: "not_contacted", sectors: [], visibility: "partnership" },
      },
      status: "done",
      progress: 100,
      createdCount: 0,
      updatedCount: rest.length,
      skippedCount: first ? 1 : 0,
      duplicateCount: first ? 1 : 0,
      duplicates: first
        ? [
            {
              row: 2,
              name: first.name,
              matchId: first.id,
              matchRow: null,
              matchName: first.name,
              matchAddress: first.address,
              score: 1,
              inFile: false,
              editable: true,
              action: "skip",
            },
          ]
        : [],
      actorIds: rest.map((a) => a.id),
      organisationId: membership?.organisationId ?? null,
      requestedById: regie?.id ?? null,
      createdAt: new Date(started.getTime() - 60_000),
      startedAt: started,
      finishedAt: finished,
    },
  });
}
