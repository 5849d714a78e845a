import type { SeedContext, Tx } from "@zorgzaam/core/plugin";
import { starterQuestion } from "../starter/index";
import { addDays, brusselsDay, dayAsDate } from "./dates";
import { ensureStarterSet } from "./library";
import { renderReportPdf } from "./pdf";
import { loadReport, reportFileName } from "./report-data";
import { DEMO_RHYTHM, DEMO_SESSIONS, type DemoText } from "./seed-data";
import { asLocale, pickText } from "./text";

/**
 * Demo history for one tenant, in its default language: the starter set, five sessions over the last months (four
 * closed with answers, insights, successes and action points in every state, some overdue; one planned) and a rhythm.
 * Does nothing when the tenant already has sessions, so it can run on every seed.
 */
export async function seed({ db, tenant, usersByRole }: SeedContext): Promise<void> {
  if ((await db.reflectieSession.count({ where: { tenantId: tenant.id } })) > 0) return;
  const locale = asLocale(tenant.defaultLocale);
  const text = (t: DemoText) => (locale === "fr" ? t.fr : t.nl);
  const user = (role: string) => {
    const u = usersByRole[role]?.[0];
    return u ? { id: u.id, name: u.name?.trim() || u.email } : null;
  };
  // Days at 14:00 Brussels time (13:00 UTC in winter, 12:00 in summer: close enough for a demo, always that day).
  const at = (days: number) => new Date(`${brusselsDay(addDays(new Date(), days))}T13:00:00.000Z`);

  await db.$transaction(
    async (tx) => {
      await ensureStarterSet(tx as Tx, tenant.id);
      const themes = await tx.reflectieTheme.findMany({ where: { tenantId: tenant.id }, select: { id: true, starterKey: true } });
      const themeId = new Map(themes.map((t) => [t.starterKey, t.id]));
      const questions = await tx.reflectieQuestion.findMany({
        where: { tenantId: tenant.id },
        select: { id: true, starterKey: true, themeId: true },
      });
      const question = new Map(questions.map((q) => [q.starterKey, q]));
      const regie = user("regie");

      const rhythmUsers = DEMO_RHYTHM.participants.map(user).filter((u) => u !== null);
      const planned = DEMO_SESSIONS.find((s) => s.withRhythm);
      const rhythm = await tx.reflectieRhythm.create({
        data: {
          tenantId: tenant.id,
          name: text(DEMO_RHYTHM.name),
          intervalWeeks: DEMO_RHYTHM.intervalWeeks,
          nextSessionAt: at(planned?.day ?? 7),
          participantIds: rhythmUsers.map((u) => u.id),
          createdById: regie?.id ?? null,
        },
      });

      const closedSessions: { id: string; title: string; date: Date }[] = [];
      for (const demo of DEMO_SESSIONS) {
        const date = at(demo.day);
        const closed = demo.status === "closed";
        const session = await tx.reflectieSession.create({
          data: {
            tenantId: tenant.id,
            title: text(demo.title),
            date,
            status: demo.status,
            successes: text(demo.successes),
            rhythmId: demo.withRhythm ? rhythm.id : null,
            createdById: regie?.id ?? null,
            closedAt: closed ? addDays(date, 0) : null,
            closedById: closed ? (regie?.id ?? null) : null,
          },
        });
        if (closed) closedSessions.push({ id: session.id, title: session.title, date });
        const members = [
          ...new Map(
            demo.participants
              .map(user)
              .filter((u) => u !== null)
              .map((u) => [u.id, u]),
          ).values(),
        ];
        await tx.reflectieParticipant.createMany({
          data: [
            ...members.map((u) => ({ tenantId: tenant.id, sessionId: session.id, userId: u.id, name: u.name })),
            ...demo.guests.map((name) => ({ tenantId: tenant.id, sessionId: session.id, userId: null, name })),
          ],
        });
        const chosen = demo.themes.map((k) => themeId.get(k)).filter((x): x is string => Boolean(x));
        await tx.reflectieSessionTheme.createMany({
          data: chosen.map((id) => ({ tenantId: tenant.id, sessionId: session.id, themeId: id })),
        });
        const itemIds: string[] = [];
        for (const [i, it] of demo.items.entries()) {
          const q = question.get(it.question);
          const starter = starterQuestion(it.question);
          if (!q || !starter) continue;
          const item = await tx.reflectieItem.create({
            data: {
              tenantId: tenant.id,
              sessionId: session.id,
              questionId: q.id,
              themeId: q.themeId,
              questionText: pickText(starter.question, locale),
              questionNl: starter.question.nl,
              questionFr: starter.question.fr,
              questionEn: starter.question.en,
              how: it.how,
              position: i + 1,
              answer: text(it.answer),
              insights: text(it.insights),
              createdById: regie?.id ?? null,
            },
          });
          itemIds.push(item.id);
        }
        for (const a of demo.actions) {
          const owner = typeof a.owner === "string" ? user(a.owner) : null;
          await tx.reflectieAction.create({
            data: {
              tenantId: tenant.id,
              sessionId: session.id,
              itemId: a.item !== undefined ? (itemIds[a.item] ?? null) : null,
              text: text(a.text),
              ownerUserId: owner?.id ?? null,
              ownerName: owner?.name ?? (typeof a.owner === "object" ? a.owner.guest : null),
              dueDate: a.dueDay === null ? null : dayAsDate(brusselsDay(addDays(new Date(), a.dueDay))),
              status: a.status,
              doneAt: a.status === "done" ? addDays(date, 14) : null,
              createdById: regie?.id ?? null,
            },
          });
        }
      }

      // The reminders the rhythm's participants got before the last session (read and put away since).
      const reminded = DEMO_SESSIONS.filter((d) => d.status === "closed").at(-1);
      if (reminded) {
        await tx.reflectieNotice.createMany({
          data: rhythmUsers.map((u) => ({
            tenantId: tenant.id,
            rhythmId: rhythm.id,
            userId: u.id,
            sessionDay: dayAsDate(brusselsDay(at(reminded.day))),
            sessionAt: at(reminded.day),
            mailedAt: at(reminded.day - 3),
            dismissedAt: at(reminded.day),
          })),
        });
      }
      // The PDF of the last closed session, as sent to the partners.
      const lastClosed = closedSessions.at(-1);
      if (lastClosed) {
        const data = await loadReport(tx as Tx, tenant.id, lastClosed.id, locale);
        if (data) {
          const pdf = await renderReportPdf(data, locale);
          await tx.generatedDocument.create({
            data: {
              tenantId: tenant.id,
              module: "reflectie",
              kind: "report",
              params: { sessionId: lastClosed.id },
              status: "done",
              locale,
              progress: 100,
              bytes: new Uint8Array(pdf),
              fileName: reportFileName(lastClosed.title, lastClosed.date),
              requestedById: regie?.id ?? null,
              completedAt: addDays(lastClosed.date, 1),
            },
          });
        }
      }
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
