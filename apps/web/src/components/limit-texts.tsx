"use client";
import { FormTextsProvider, type LimitTexts, LimitTextsProvider } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { type ReactNode, useMemo } from "react";

/**
 * The words of every form (packages/ui): the character limit's counter and the error summary's heading, from the web
 * app's catalog, for core's pages and every module alike.
 */
export function FieldLimitTexts({ children }: { children: ReactNode }) {
  const t = useTranslations("common");
  const texts = useMemo<LimitTexts>(
    () => ({
      limit: (max) => t("limit", { max }),
      count: (length, max) => t("limitCount", { length, max }),
      remaining: (left) => t("limitRemaining", { left }),
      over: (over, max) => t("limitOver", { over, max }),
    }),
    [t],
  );
  const form = useMemo(() => ({ summaryTitle: t("errorSummary") }), [t]);
  return (
    <LimitTextsProvider texts={texts}>
      <FormTextsProvider texts={form}>{children}</FormTextsProvider>
    </LimitTextsProvider>
  );
}
