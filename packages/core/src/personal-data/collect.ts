import { writeAudit } from "../audit";
import type { Tx } from "../db/client";
import type { ErasureResult, Localised } from "../plugins/contract";
import { installedPlatform } from "../platform/installed";
import type { PlatformModule } from "../platform/create";
import { deleteStoredFiles } from "../files/store";

/** What an erased Person row keeps as its first name; everything else personal is cleared. */
export const ERASED_FIRST_NAME = "[verwijderd]";

export function isErased(p: { firstName: string }): boolean {
  return p.firstName === ERASED_FIRST_NAME;
}

/** Runs one step in a tenant transaction (the job's ctx.withTenantDb). */
export type RunInTenant = <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;

export interface PersonalDataExport {
  generatedAt: string;
  personId: string;
  person: Record<string, unknown> | null;
  consents: Record<string, unknown>[];
  auditEvents: Record<string, unknown>[];
  /** Files attached to the person (core's and every module's), without their contents. */
  files: Record<string, unknown>[];
  /** The person's messages to the contact point, with the replies. */
  contactMessages: Record<string, unknown>[];
  /** Per registered module (switched on or not: data stays when a module is switched off): its name and rows by model. */
  modules: Record<string, { name: Localised; data: Record<string, unknown[]> }>;
}

export interface PersonalDataErasure {
  erasedAt: string;
  personId: string;
  /** Core's and every registered module's counts. */
  results: (ErasureResult & { module: string })[];
  /** Set when the person no longer exists (nothing to erase). */
  missing?: boolean;
}

/**
 * Makes a value JSON-safe the way JSON.stringify would, and also for BigInt (audit ids): the job result is stored in
 * Redis as JSON and read back by the browser.
 */
export function toJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v))) as T;
}

/**
 * Every registered module, in registration (dependency) order, whether or not it is switched on for the tenant:
 * switching a module off keeps its data, so export and erasure must still reach it.
 */
function allPlugins(): readonly PlatformModule[] {
  return installedPlatform().plugins;
}

export async function exportPersonalData(
  tenantId: string,
  personId: string,
  run: RunInTenant,
  progress: (pct: number) => Promise<void> = async () => {},
): Promise<PersonalDataExport> {
  const core = await run(async (tx) => {
    const person = await tx.person.findUnique({ where: { id: personId } });
    if (!person) return null;
    const consents = await tx.consent.findMany({ where: { personId }, orderBy: { givenAt: "asc" } });
    const auditEvents = await tx.auditEvent.findMany({ where: { targetType: "Person", targetId: personId }, orderBy: { id: "asc" } });
    // Files are listed (name, kind, size, date); their contents are downloaded from the person's page.
    const files = await tx.storedFile.findMany({
      where: { personId },
      orderBy: { createdAt: "asc" },
      select: { id: true, moduleId: true, status: true, mimeType: true, byteSize: true, originalName: true, createdAt: true },
    });
    // Messages to the contact point, with the replies sent (internal notes only with their permission: the guard).
    const contactMessages = await tx.contactMessage.findMany({
      where: { personId },
      orderBy: { createdAt: "asc" },
      include: { replies: true },
    });
    return { person, consents, auditEvents, files, contactMessages };
  });
  const out: PersonalDataExport = {
    generatedAt: new Date().toISOString(),
    personId,
    person: core ? toJson(core.person) : null,
    consents: core ? toJson(core.consents) : [],
    auditEvents: core ? toJson(core.auditEvents) : [],
    files: core ? toJson(core.files) : [],
    contactMessages: core ? toJson(core.contactMessages) : [],
    modules: {},
  };
  await progress(20);
  if (!core) return out;
  const plugins = allPlugins();
  for (const [i, p] of plugins.entries()) {
    const data = await run((tx) => p.server.personalData.export({ tenantId, tx }, personId));
    out.modules[p.manifest.id] = { name: p.manifest.name, data: toJson(data) };
    await progress(20 + (80 * (i + 1)) / plugins.length);
  }
  await progress(100);
  return out;
}

/**
 * Erases what the platform holds about one person. Modules first (their rows may point at the person), then core:
 * the Person row keeps its id (references and the audit trail stay consistent) but loses every personal field;
 * consents stay as evidence (purpose, method, dates: no personal data) and open ones are withdrawn. Audit events are
 * never touched. Idempotent: a second run changes nothing and writes no second "person.erased".
 */
export async function erasePersonalData(
  tenantId: string,
  personId: string,
  opts: { requestedBy: string | null; jobId: string },
  run: RunInTenant,
  progress: (pct: number) => Promise<void> = async () => {},
): Promise<PersonalDataErasure> {
  const exists = await run((tx) => tx.person.findUnique({ where: { id: personId }, select: { id: true } }));
  if (!exists) return { erasedAt: new Date().toISOString(), personId, results: [], missing: true };
  await progress(5);
  const results: PersonalDataErasure["results"] = [];
  const plugins = allPlugins();
  for (const [i, p] of plugins.entries()) {
    const r = await run((tx) => p.server.personalData.erase({ tenantId, tx }, personId));
    results.push(...r.map((x) => ({ ...x, module: p.manifest.id })));
    await progress(5 + (75 * (i + 1)) / plugins.length);
  }
  // Files attached to the person (whatever module stored them): blobs first, then rows (a second run finishes the job).
  const files = await run((tx) => deleteStoredFiles(tx, { personId }));
  const core = await run(async (tx) => {
    const person = await tx.person.updateMany({
      where: { id: personId },
      data: {
        firstName: ERASED_FIRST_NAME,
        lastName: "",
        email: null,
        phone: null,
        address: null,
        notes: null,
        languages: [],
        kinds: [],
        // Where someone lives and whom they deal with says something about them too.
        neighbourhoodId: null,
        organisationId: null,
        // The receipt's code led to her; once erased, nothing should.
        publicReference: null,
      },
    });
    // Consents stay as evidence (purpose key, method, dates); their free-text note goes, open ones are withdrawn.
    const withdrawn = await tx.consent.updateMany({
      where: { personId, withdrawnAt: null },
      data: { withdrawnAt: new Date(), withdrawnById: opts.requestedBy },
    });
    const notes = await tx.consent.updateMany({ where: { personId, note: { not: null } }, data: { note: null } });
    // Messages to the contact point say what the person asked: they go, with their replies.
    const messages = await tx.contactMessage.deleteMany({ where: { personId } });
    // Earlier exports of the person are copies of everything erased here.
    const exports = await tx.personalDataExport.deleteMany({ where: { personId } });
    const coreResults = [
      { module: "core", model: "Person", deleted: 0, anonymised: person.count },
      { module: "core", model: "Consent", deleted: 0, anonymised: Math.max(withdrawn.count, notes.count) },
      { module: "core", model: "PersonalDataExport", deleted: exports.count, anonymised: 0 },
      { module: "core", model: "StoredFile", deleted: files, anonymised: 0 },
      { module: "core", model: "ContactMessage", deleted: messages.count, anonymised: 0 },
    ];
    const all = [...results, ...coreResults];
    // One "person.erased" per erase job, even when the job runs again after a crash.
    const already = await tx.auditEvent.findFirst({
      where: { action: "person.erased", targetType: "Person", targetId: personId, data: { path: ["jobId"], equals: opts.jobId } },
      select: { id: true },
    });
    if (!already) {
      await writeAudit(tx, {
        tenantId,
        actorUserId: opts.requestedBy,
        action: "person.erased",
        targetType: "Person",
        targetId: personId,
        data: {
          jobId: opts.jobId,
          counts: all.map((r) => ({ module: r.module, model: r.model, deleted: r.deleted, anonymised: r.anonymised })),
        },
      });
    }
    return coreResults;
  });
  results.push(...core);
  await progress(100);
  return { erasedAt: new Date().toISOString(), personId, results };
}
