import { z } from "zod";
import type { PartnersCtx } from "../../access";
import { id } from "../../schemas";
import { FileProblem } from "../../transfer/table";
import { orThrow } from "../../errors";

// What the import procedures (see ../transfer.ts) share: finding an import, reading its file, paging its lists.

export const PAGE = 50;

export const importInput = z.object({ id });

/** Turns a problem with the file into a clear BAD_REQUEST; anything else is a real failure (logged, 500). */
export async function readingFile<T>(fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof FileProblem) throw e.error;
    throw e;
  }
}

/** An import the caller may see: uploaded by them, or by someone of their organisation (others answer NOT_FOUND). */
export async function visibleImport(ctx: PartnersCtx, importId: string) {
  const org = ctx.membership.organisationId;
  return orThrow(
    await ctx.tx.partnersImport.findFirst({
      where: { id: importId, OR: [{ requestedById: ctx.session.userId }, ...(org ? [{ organisationId: org }] : [])] },
    }),
    "partners.transfer.notFound",
  );
}

export function page<T>(list: readonly T[], n: number, size = PAGE) {
  return { total: list.length, page: n, pageSize: size, items: list.slice(n * size, n * size + size) };
}
