import { gunzipSync } from "node:zlib";
import { z } from "zod";
import { P } from "../../../manifest";
import { dropExpiredUploads, scheduleExpiry } from "../../jobs/import";
import { procedure } from "../../procedures";
import { hsdsDrafts } from "../../transfer/hsds-read";
import { detectFormat, readTable } from "../../transfer/source";
import { readingFile } from "./shared";
import { appError, zodMessage } from "../../errors";
import { MAX_FILE_MB, MAX_UPLOAD_MB } from "../../../limits";

const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;
const MAX_BASE64 = Math.ceil((MAX_UPLOAD_MB * 1024 * 1024) / 3) * 4 + 4;

function unpack(bytes: Uint8Array<ArrayBuffer>, compressed: boolean): Uint8Array<ArrayBuffer> {
  if (!compressed) return bytes;
  try {
    return new Uint8Array(gunzipSync(bytes, { maxOutputLength: MAX_FILE_BYTES }));
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" || e instanceof RangeError)
      throw appError("partners.transfer.tooBig", { mb: MAX_FILE_MB });
    throw appError("partners.transfer.badBase64");
  }
}

/** Receiving the file to import (see ../transfer.ts). */
export const uploadProcedures = {
  /** Receives a file (base64 in JSON), recognises what it is and keeps it until it is imported (or for 7 days). */
  upload: procedure(P.transfer)
    .input(
      z.object({
        fileName: z
          .string()
          .trim()
          .min(1, zodMessage("partners.schema.fileNameRequired"))
          .max(255, zodMessage("partners.schema.maxChars", { max: 255 })),
        contentBase64: z
          .string()
          .min(1, zodMessage("partners.transfer.empty"))
          .max(MAX_BASE64, zodMessage("partners.transfer.tooBig", { mb: MAX_UPLOAD_MB })),
        /** The page gzips text files before sending them. */
        compressed: z.boolean().default(false),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.contentBase64) || input.contentBase64.length % 4 === 1)
        throw appError("partners.transfer.badBase64");
      const bytes = unpack(new Uint8Array(Buffer.from(input.contentBase64, "base64")), input.compressed);
      if (bytes.length === 0) throw appError("partners.transfer.empty");
      if (bytes.length > MAX_FILE_BYTES) throw appError("partners.transfer.tooBig", { mb: MAX_FILE_MB });
      const info = await readingFile(async () => {
        const format = detectFormat(input.fileName, bytes);
        if (format === "hsds") {
          const r = hsdsDrafts(bytes, { status: "not_contacted", sectors: [] });
          return { format, headers: r.files, totalRows: r.totalRows, encoding: null, delimiter: null, sheetName: null };
        }
        const t = await readTable(format, bytes);
        return {
          format,
          headers: t.table.headers,
          totalRows: t.table.rows.length,
          encoding: t.encoding,
          delimiter: t.delimiter,
          sheetName: t.sheetName,
        };
      });
      if (info.totalRows === 0) throw appError("partners.transfer.noRows");
      await dropExpiredUploads(ctx.tx);
      const row = await ctx.tx.partnersImport.create({
        data: {
          tenantId: ctx.tenant.id,
          fileName: input.fileName,
          format: info.format,
          fileSize: bytes.length,
          file: bytes,
          encoding: info.encoding,
          delimiter: info.delimiter,
          sheetName: info.sheetName,
          headers: info.headers,
          totalRows: info.totalRows,
          organisationId: ctx.membership.organisationId,
          requestedById: ctx.session.userId,
        },
        select: { id: true },
      });
      await ctx.audit({
        action: "partners.import.uploaded",
        targetType: "PartnersImport",
        targetId: row.id,
        data: { format: info.format, rows: info.totalRows, bytes: bytes.length },
      });
      await scheduleExpiry(ctx.enqueue, row.id);
      return { id: row.id, format: info.format, totalRows: info.totalRows };
    }),
};
