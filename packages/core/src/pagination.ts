/**
 * Pages of a list, server side: the input every paged procedure takes, its offset, the answer it gives, and the page
 * number read from a page's query string. Pages are numbered from 1. The matching links are `Pagination` in
 * @zorgzaam/ui. For core's routers and every module's.
 */
import { z } from "zod";

export const MAX_PAGE = 100_000;
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 25;

/** `{ page, pageSize }` with defaults (page 1, 25 rows); extend it with the list's filters. */
export const pageInput = z.object({
  page: z.number().int().min(1).max(MAX_PAGE).default(1),
  pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});
export type PageInput = z.infer<typeof pageInput>;

/** How many rows come before the page (OFFSET / skip). */
export function pageOffset(input: PageInput): number {
  return (input.page - 1) * input.pageSize;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  /** At least 1, also for an empty list. */
  pages: number;
}

/** A page's answer: its rows, the total and how many pages there are. */
export function pageResult<T>(items: T[], total: number, input: PageInput): Page<T> {
  return { items, total, page: input.page, pageSize: input.pageSize, pages: pageCount(total, input.pageSize) };
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** A positive page number from the query string (anything else is page 1). */
export function pageParam(v: string | undefined): number {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 && n <= MAX_PAGE ? n : 1;
}
