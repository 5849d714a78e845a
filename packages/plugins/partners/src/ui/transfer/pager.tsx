"use client";
import { Button } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import type { Page } from "./wizard-types";

export const pageCount = (p: Page<unknown>) => Math.max(1, Math.ceil(p.total / p.pageSize));

/** Previous / next through a list of the preview (hidden when it fits on one page). */
export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (p: number) => void }) {
  const t = useTranslations("partners.transfer.preview");
  if (pages <= 1) return null;
  return (
    <nav className="flex items-center gap-3" aria-label={t("page", { page: page + 1, pages })}>
      <Button variant="secondary" onClick={() => onPage(page - 1)} disabled={page === 0}>
        {t("previous")}
      </Button>
      <span className="text-sm text-slate-800">{t("page", { page: page + 1, pages })}</span>
      <Button variant="secondary" onClick={() => onPage(page + 1)} disabled={page + 1 >= pages}>
        {t("next")}
      </Button>
    </nav>
  );
}
