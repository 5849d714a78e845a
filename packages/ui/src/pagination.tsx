import Link from "next/link";
import { buttonClass } from "./button";

/** The current query string with some parameters replaced (empty values and page 1 are dropped), "" or "?…". */
export function queryWith(current: Record<string, string | undefined>, changes: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...current, ...changes })) {
    if (v !== undefined && v !== "" && !(k === "page" && String(v) === "1")) q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

export interface PaginationTexts {
  /** The navigation's accessible name ("Paginering"). */
  label: string;
  previous: string;
  next: string;
  /** Where the reader is ("Pagina 2 van 5"). */
  status: string;
}

/**
 * Previous/next links around "page x of y", for any paged list (core's pages and every module's); plain links, so it
 * works without JavaScript. Nothing when there is one page. The words come from the caller's catalog; the page numbers
 * and the answer of a paged procedure from `pageResult` in @zorgzaam/core.
 */
export function Pagination({
  page,
  pages,
  href,
  texts,
  scroll,
  hasMore = false,
}: {
  page: number;
  pages: number;
  /** The address of another page of the list (its filters kept, e.g. with queryWith). */
  href: (page: number) => string;
  texts: PaginationTexts;
  /** false keeps the scroll position (a list beside a map). */
  scroll?: boolean;
  /** The list stopped counting: there are pages after `pages`, so the next link stays. */
  hasMore?: boolean;
}) {
  if (pages <= 1 && !hasMore) return null;
  return (
    <nav aria-label={texts.label} className="mt-4 flex flex-wrap items-center justify-between gap-2">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" scroll={scroll} className={buttonClass("secondary")}>
          <span aria-hidden="true">←</span> {texts.previous}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-slate-800">{texts.status}</p>
      {page < pages || hasMore ? (
        <Link href={href(page + 1)} rel="next" scroll={scroll} className={buttonClass("secondary")}>
          {texts.next} <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
