"use client";
import { FormTextsProvider, type LimitTexts, LimitTextsProvider } from "@zorgzaam/ui/form-texts";
import { type OutboxTexts, OutboxTextsProvider } from "@zorgzaam/ui/outbox/texts";
import { useTranslations } from "next-intl";
import { type ReactNode, useMemo } from "react";

/**
 * The words of every form (packages/ui): the character limit's counter and the error summary's heading, from the web
 * app's catalog, for core's pages and every module alike; and the offline outbox's (ADR 0028).
 */
export function FieldLimitTexts({ children }: { children: ReactNode }) {
  const t = useTranslations("common");
  const o = useTranslations("outbox");
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
  const outbox = useMemo<OutboxTexts>(
    () => ({
      waiting: (count) => o("waiting", { count }),
      allSent: o("allSent"),
      sendNow: o("sendNow"),
      sending: o("sending"),
      offline: o("offline"),
      refusedTitle: o("refusedTitle"),
      discard: o("discard"),
      setTitle: o("setTitle"),
      setHint: o("setHint"),
      unlockTitle: o("unlockTitle"),
      unlockHint: o("unlockHint"),
      passphrase: o("passphrase"),
      repeat: o("repeat"),
      setButton: o("setButton"),
      unlockButton: o("unlockButton"),
      wrong: o("wrong"),
      tooShort: (min) => o("tooShort", { min }),
      tooLong: (max) => o("tooLong", { max }),
      mismatch: o("mismatch"),
      forgot: o("forgot"),
      forgotConfirm: (count) => o("forgotConfirm", { count }),
      signOutWarning: (count) => o("signOutWarning", { count }),
    }),
    [o],
  );
  return (
    <LimitTextsProvider texts={texts}>
      <FormTextsProvider texts={form}>
        <OutboxTextsProvider texts={outbox}>{children}</OutboxTextsProvider>
      </FormTextsProvider>
    </LimitTextsProvider>
  );
}
