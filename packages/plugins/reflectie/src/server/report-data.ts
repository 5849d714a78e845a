import type { Tx } from "@zorgzaam/core/plugin";
import type { Locale } from "@zorgzaam/core/plugin";
import { dateColumnDay, isOverdue } from "./dates";
import { askedText, pickText, themeTitles } from "./text";

export interface ReportData {
  session: {
    id: string;
    title: string;
    date: Date;
    status: string;
    neighbourhoodName: string | null;
    successes: string;
    closedAt: Date | null;
  };
  tenantName: string;
  themes: string[];
  participants: { name: string; guest: boolean }[];
  items: { position: number; questionText: string; themeTitle: string | null; how: string; answer: string; insights: string }[];
  actions: {
    text: string;
    ownerName: string | null;
    dueDate: string | null;
    status: string;
    overdue: boolean;
    /** Position of the question it came from, if any. */
    itemPosition: number | null;
  }[];
}

/**
 * Everything the session report shows, for the screen and the PDF. Names the tenant in every query, so it works in a
 * request (row-level security) and in a job alike. Null when the session does not exist.
 */
export async function loadReport(tx: Tx, tenantId: string, sessionId: string, locale: Locale): Promise<ReportData | null> {
  const s = await tx.reflectieSession.findFirst({
    where: { id: sessionId, tenantId },
    include: {
      themes: { include: { theme: true } },
      participants: { orderBy: { createdAt: "asc" } },
      items: { orderBy: { position: "asc" }, include: { theme: true } },
      actions: { orderBy: { createdAt: "asc" }, include: { item: { select: { position: true } } } },
    },
  });
  if (!s) return null;
  const tenant = await tx.tenant.findUnique({ where: { id: tenantId }, select: { name: true } });
  const nbh = s.neighbourhoodId
    ? await tx.neighbourhood.findFirst({ where: { id: s.neighbourhoodId, tenantId }, select: { name: true } })
    : null;
  const now = new Date();
  return {
    session: {
      id: s.id,
      title: s.title,
      date: s.date,
      status: s.status,
      neighbourhoodName: nbh?.name ?? null,
      successes: s.successes,
      closedAt: s.closedAt,
    },
    tenantName: tenant?.name ?? "",
    themes: s.themes.sort((a, b) => a.theme.sortOrder - b.theme.sortOrder).map((t) => pickText(themeTitles(t.theme), locale)),
    participants: s.participants.map((p) => ({ name: p.name, guest: p.userId === null })),
    items: s.items.map((i) => ({
      position: i.position,
      questionText: askedText(i, locale),
      themeTitle: i.theme ? pickText(themeTitles(i.theme), locale) : null,
      how: i.how,
      answer: i.answer,
      insights: i.insights,
    })),
    actions: s.actions.map((a) => ({
      text: a.text,
      ownerName: a.ownerName,
      dueDate: a.dueDate ? dateColumnDay(a.dueDate) : null,
      status: a.status,
      overdue: isOverdue(a, now),
      itemPosition: a.item?.position ?? null,
    })),
  };
}

/** A file name people recognise: "reflectie-2026-05-12-teamoverleg-molenwijk.pdf". */
export function reportFileName(title: string, date: Date): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `reflectie-${date.toISOString().slice(0, 10)}${slug ? `-${slug}` : ""}.pdf`;
}
