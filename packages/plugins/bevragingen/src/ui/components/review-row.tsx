"use client";
import { Button } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { BEVRAGINGEN_LIMITS as L } from "../../limits";
import { errorMessage, useBevragingen } from "../client";

/** The team's review of one open answer: quotable or not, and tags (comma separated). */
export function ReviewRow({
  responseId,
  question,
  review,
}: {
  responseId: string;
  question: string;
  review: { quotable: boolean; tags: string[] } | null;
}) {
  const t = useTranslations("bevragingen");
  const api = useBevragingen();
  const [quotable, setQuotable] = useState(review?.quotable ?? false);
  const [tags, setTags] = useState((review?.tags ?? []).join(", "));
  const [state, setState] = useState<{ tone: "ok" | "error"; text: string } | null>(
    review ? { tone: "ok", text: t("review.reviewed") } : null,
  );
  const id = `review-${responseId}`;
  return (
    <form
      className="mt-2 flex flex-wrap items-end gap-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const list = tags
          .split(",")
          .map((x) => x.trim())
          .filter(Boolean);
        try {
          await api.answers.review.mutate({ responseId, question, quotable, tags: list });
          setState({ tone: "ok", text: t("review.saved") });
        } catch (err) {
          setState({ tone: "error", text: errorMessage(err) });
        }
      }}
    >
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" className="h-5 w-5" checked={quotable} onChange={(e) => setQuotable(e.target.checked)} />
        {t("review.quotable")}
      </label>
      <label htmlFor={`${id}-tags`} className="grid gap-1">
        <span>{t("review.tags", { max: L.tags })}</span>
        <input
          id={`${id}-tags`}
          className="rounded-lg border border-slate-400 px-3 py-2"
          value={tags}
          onChange={(e) => setTags(e.target.value)}
        />
      </label>
      <Button type="submit" variant="secondary">
        {t("review.save")}
      </Button>
      {state ? (
        <span role="status" className={state.tone === "error" ? "text-red-800" : "text-green-900"}>
          {state.text}
        </span>
      ) : null}
    </form>
  );
}
