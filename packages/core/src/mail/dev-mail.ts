import { appDb } from "../db/client";

export interface DevMailRow {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  createdAt: Date;
}

/** Captured development mail, newest first; `to` filters on a (part of a) recipient address, case-insensitively. */
export async function listDevMail({ to, limit = 50 }: { to?: string; limit?: number } = {}): Promise<DevMailRow[]> {
  return appDb().devMail.findMany({
    where: to ? { to: { contains: to, mode: "insensitive" } } : {},
    orderBy: { createdAt: "desc" },
    take: Math.min(Math.max(1, limit), 500),
  });
}
