import { buttonClass } from "@zorgzaam/ui";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** The current query string with some parameters replaced (empty values are dropped). */
export function queryWith(current: Record<string, string | undefined>, changes: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...current, ...changes })) {
    if (v !== undefined && v !== "" && !(k === "page" && String(v) === "1")) q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

/**
 * Previous/next links with "page x of y"; plain links, so it works without JavaScript. `moreThanTotal`: the list
 * stopped counting at `total` (core's listCountLimit), so there are more pages than `total` fills: "page x of more
 * than y", and a next link on the last counted page.
 */
export async function Pagination({
  page,
  pageSize,
  total,
  moreThanTotal = false,
  basePath,
  query,
}: {
  page: number;
  pageSize: number;
  total: number;
  moreThanTotal?: boolean;
  basePath: string;
  query: Record<string, string | undefined>;
}) {
  const t = await getTranslations("common");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1 && !moreThanTotal) return null;
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap items-center justify-between gap-2">
      {page > 1 ? (
        <Link href={`${basePath}${queryWith(query, { page: page - 1 })}`} rel="prev" className={buttonClass("secondary")}>
          <span aria-hidden="true">←</span> {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-slate-800">{moreThanTotal ? t("pageOfMore", { page, pages }) : t("pageOf", { page, pages })}</p>
      {page < pages || moreThanTotal ? (
        <Link href={`${basePath}${queryWith(query, { page: page + 1 })}`} rel="next" className={buttonClass("secondary")}>
          {t("next")} <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** A positive page number from the query string (anything else is page 1). */
export function pageParam(v: string | undefined): number {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}
