import { appDb } from "../db/client";
import { isDemoRecipientList } from "./dev-mail-policy";

export interface DevMailRow {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  createdAt: Date;
}

/**
 * Captured development mail, newest first; `to` filters on a (part of a) recipient address, case-insensitively.
 * `demoOnly` keeps only mail whose every recipient is a demo address (isDemoRecipientList): what /dev/mail shows.
 */
export async function listDevMail({
  to,
  limit = 50,
  demoOnly = false,
}: {
  to?: string;
  limit?: number;
  demoOnly?: boolean;
} = {}): Promise<DevMailRow[]> {
  const take = Math.min(Math.max(1, limit), 500);
  const where = to ? { to: { contains: to, mode: "insensitive" as const } } : {};
  if (!demoOnly) return appDb().devMail.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take });
  // The rule is code, not SQL: read in pages until enough demo mail is found (a development table, small).
  const out: DevMailRow[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await appDb().devMail.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 200,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (const row of page) if (isDemoRecipientList(row.to) && out.length < take) out.push(row);
    if (page.length < 200 || out.length >= take) return out;
    cursor = page[page.length - 1]?.id;
  }
}
