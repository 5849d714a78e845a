import { LOCALES } from "@zorgzaam/core/i18n/locales";
import { z } from "zod";
import { P } from "../../../manifest";
import { actorFilters } from "../../filters";
import { procedure } from "../../procedures";
import { EXPORT_FORMATS, exportNetwork } from "../../transfer/export";

/** Export of the network (see ../transfer.ts). */
export const exportProcedures = {
  /** A file of the network (within the caller's view and the shared filters), base64, for a download. Audited. */
  export: procedure(P.transfer)
    .input(z.object({ format: z.enum(EXPORT_FORMATS), filters: actorFilters, locale: z.enum(LOCALES).default("nl") }))
    .mutation(async ({ ctx, input }) => {
      const file = await exportNetwork(ctx, input.format, input.filters, input.locale);
      await ctx.audit({
        action: "partners.network.exported",
        targetType: "PartnersActor",
        data: { format: input.format, count: file.count, filters: input.filters as object },
      });
      return file;
    }),
};
