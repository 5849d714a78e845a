import { z } from "zod";
import { isReservedSlug } from "../public/reserved-slugs";
import { newLinkToken } from "../auth/tokens";
import { appDb, withDbContext } from "../db/client";
import { writeAudit } from "../audit";
import { operatorDb } from "../db/operator";
import { env } from "../env";
import { listFailedJobs, retryJob, JobNotRetryableError } from "../jobs/index";
import { queueMail } from "../mail/outbox";
import { invitationMail } from "../mail/templates";
import { operatorProcedure, router } from "../trpc/init";
import { appError, zodMessage } from "../trpc/errors";
import { INVITATION_DAYS } from "./invitations";
import { email, locale, name } from "./schemas";
import { REGIONS } from "../map/base-maps";

export const operatorRouter = router({
  tenants: operatorProcedure.query(() => operatorDb.tenantHealth()),

  createTenant: operatorProcedure
    .input(
      z.object({
        slug: z
          .string()
          .trim()
          .toLowerCase()
          .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, zodMessage("operator.slugFormat")),
        name,
        defaultLocale: locale.default("nl"),
        region: z.enum(REGIONS).default("flanders"),
        adminEmail: email,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const exists = await appDb().tenant.findUnique({ where: { slug: input.slug }, select: { id: true } });
      if (exists || isReservedSlug(input.slug)) throw appError("operator.slugTaken");
      const tenant = await operatorDb.createTenant(input, ctx.session.userId);
      // The first admin is invited like anyone else: the operator never becomes a member of the tenant.
      const { token, hash } = newLinkToken();
      const inv = await withDbContext({ tenantId: tenant.id }, (tx) =>
        tx.invitation.create({
          data: {
            tenantId: tenant.id,
            email: input.adminEmail,
            roles: ["admin"],
            tokenHash: hash,
            expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
            invitedById: ctx.session.userId,
          },
          select: { id: true, expiresAt: true },
        }),
      );
      const url = `${env().APP_URL}/t/${tenant.slug}/invite/${token}`;
      const mail = invitationMail({ url, tenantName: tenant.name, inviterName: "Zorgzaam", locale: input.defaultLocale });
      await queueMail(
        { to: input.adminEmail, ...mail },
        { tenantId: tenant.id, idempotencyKey: `invitation-${inv.id}`, expiresAt: inv.expiresAt },
      );
      return tenant;
    }),

  failedJobs: operatorProcedure.query(() => listFailedJobs({ limit: 100 })),

  retryJob: operatorProcedure.input(z.object({ id: z.string().min(1).max(200) })).mutation(async ({ ctx, input }) => {
    try {
      await retryJob(input.id);
    } catch (e) {
      if (e instanceof JobNotRetryableError)
        throw e.reason === "missing"
          ? appError("operator.jobMissing", { id: e.job.id })
          : appError("operator.jobNotFailed", { id: e.job.id, state: e.job.state ?? "?" });
      throw e;
    }
    await withDbContext({}, (tx) =>
      writeAudit(tx, {
        tenantId: null,
        actorUserId: ctx.session.userId,
        action: "operator.job_retried",
        targetType: "Job",
        targetId: input.id,
      }),
    );
    return { ok: true };
  }),
});
