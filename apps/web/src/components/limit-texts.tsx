"use client";
import { type LimitTexts, LimitTextsProvider } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { type ReactNode, useMemo } from "react";

/** The words of every field's character limit (packages/ui's counter), from the web app's catalog. */
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
  return <LimitTextsProvider texts={texts}>{children}</LimitTextsProvider>;
}
