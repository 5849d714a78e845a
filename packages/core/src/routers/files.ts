import { z } from "zod";
import { deleteStoredFiles, fileLink, STORED_FILE_PUBLIC, storeFile } from "../files/index";
import { LIMITS } from "../limits";
import { personInputs } from "../people/scope";
import { router } from "../trpc/init";
import { orThrow } from "../trpc/errors";
import { tenantProcedure } from "../trpc/tenant";
import { id } from "./schemas";

/** The largest base64 text an upload can be (FILES_MAX_MB may be at most 100); the decoded size is checked with its own message. */
const BASE64_MAX = Math.ceil((100 * 1024 * 1024 * 4) / 3) + 4;
const base64 = z
  .string()
  .max(BASE64_MAX)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

type FileRow = {
  id: string;
  tenantId: string;
  thumbKey: string | null;
  mimeType: string;
  byteSize: number;
  originalName: string;
  createdAt: Date;
  width: number | null;
  height: number | null;
  status: string;
};

/** What a reader gets about a file: its facts and short-lived links made for this member (files/links.ts). */
function withLinks(f: FileRow, userId: string) {
  return {
    id: f.id,
    name: f.originalName,
    mimeType: f.mimeType,
    byteSize: f.byteSize,
    width: f.width,
    height: f.height,
    status: f.status,
    createdAt: f.createdAt,
    url: fileLink(f, "original", userId),
    thumbUrl: f.thumbKey ? fileLink(f, "thumb", userId) : null,
  };
}

/**
 * Files attached to a person (photos, letters): the person's scope decides who sees them (the StoredFile policy hides
 * files of persons outside a field worker's neighbourhoods). Public uploads wait in quarantine for a member with
 * core.files.review. Modules store their own files with storeFile and hand out fileLink from their procedures.
 */
export const filesRouter = router({
  forPerson: tenantProcedure("core.people.view")
    .meta(personInputs("personId"))
    .input(z.object({ personId: id }))
    .query(async ({ ctx, input }) => {
      orThrow(await ctx.tx.person.findFirst({ where: { id: input.personId }, select: { id: true } }), "people.notFound");
      const rows = await ctx.tx.storedFile.findMany({
        where: { personId: input.personId, status: "active" },
        orderBy: { createdAt: "desc" },
        select: STORED_FILE_PUBLIC,
        take: 200,
      });
      return rows.map((f) => withLinks(f, ctx.session.userId));
    }),

  uploadForPerson: tenantProcedure("core.people.manage")
    .meta(personInputs("personId"))
    .input(z.object({ personId: id, name: z.string().trim().min(1).max(LIMITS.fileName), data: base64 }))
    .mutation(async ({ ctx, input }) => {
      orThrow(await ctx.tx.person.findFirst({ where: { id: input.personId }, select: { id: true } }), "people.notFound");
      const f = await storeFile(ctx.tx, {
        tenantId: ctx.tenant.id,
        moduleId: "core",
        bytes: Buffer.from(input.data, "base64"),
        name: input.name,
        accept: "document",
        personId: input.personId,
        uploadedById: ctx.session.userId,
      });
      await ctx.audit({
        action: "file.uploaded",
        targetType: "Person",
        targetId: input.personId,
        data: { fileId: f.id, mimeType: f.mimeType },
      });
      return withLinks(f, ctx.session.userId);
    }),

  remove: tenantProcedure("core.people.manage")
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const f = orThrow(
        await ctx.tx.storedFile.findFirst({
          where: { id: input.id, moduleId: "core", personId: { not: null } },
          select: { id: true, personId: true },
        }),
        "files.notFound",
      );
      await deleteStoredFiles(ctx.tx, { id: f.id });
      await ctx.audit({ action: "file.deleted", targetType: "Person", targetId: f.personId ?? undefined, data: { fileId: f.id } });
      return { ok: true };
    }),

  quarantine: tenantProcedure("core.files.review").query(async ({ ctx }) => {
    const rows = await ctx.tx.storedFile.findMany({
      where: { status: "quarantine" },
      orderBy: { createdAt: "asc" },
      select: { ...STORED_FILE_PUBLIC },
      take: 200,
    });
    return rows.map((f) => ({ ...withLinks(f, ctx.session.userId), moduleId: f.moduleId, personId: f.personId }));
  }),

  decide: tenantProcedure("core.files.review")
    .input(z.object({ id, accept: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const f = orThrow(
        await ctx.tx.storedFile.findFirst({ where: { id: input.id, status: "quarantine" }, select: { id: true } }),
        "files.notFound",
      );
      if (input.accept) await ctx.tx.storedFile.update({ where: { id: f.id }, data: { status: "active" } });
      else await deleteStoredFiles(ctx.tx, { id: f.id });
      await ctx.audit({ action: input.accept ? "file.accepted" : "file.rejected", targetType: "StoredFile", targetId: f.id });
      return { ok: true };
    }),
});
