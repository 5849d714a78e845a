"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { toast } from "@zorgzaam/ui/toast";
import { errorMessage, fieldErrors } from "@zorgzaam/ui";

export { errorMessage, fieldErrors };

/** After a mutation: refresh the server components and tell the person what happened (or what went wrong). */
export function useFeedback() {
  const router = useRouter();
  const done = useCallback(
    (message: string, then?: string) => {
      toast.success(message);
      if (then) router.push(then);
      else router.refresh();
    },
    [router],
  );
  const t = useTranslations("common");
  const failed = useCallback(
    (e: unknown) => {
      // Field problems are shown next to the fields; the toast only points there, in plain words.
      const fields = Object.values(fieldErrors(e));
      toast.error(fields.length ? t("checkFields", { count: fields.length, first: fields[0] ?? "" }) : errorMessage(e));
    },
    [t],
  );
  return { done, failed };
}
