"use client";
import { Alert, Button, ConfirmButton, TextField, useCall, usePlatformClient } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useState } from "react";
import { errorMessage, useFeedback } from "@/lib/feedback";
import type { AppRouter } from "@/server/app-router";

type Client = ReturnType<typeof usePlatformClient<AppRouter>>;
type Found = Awaited<ReturnType<Client["people"]["list"]["query"]>>;

/** The people matching the search term (the first ten), or null before the first answer for that term. */
function usePeopleFound(client: Client, term: string): Found | null {
  const [found, setFound] = useState<{ term: string; data: Found } | null>(null);
  useEffect(() => {
    if (!term.trim()) return;
    let current = true;
    client.people.list.query({ search: term, page: 1, pageSize: 10 }).then(
      (data) => {
        if (current) setFound({ term, data });
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [client, term]);
  return found && found.term === term ? found.data : null;
}

/**
 * "Is this someone you already know?": a person made by a public form (or registered twice) is merged into the record
 * staff know. Everything of this record (consents, messages, requests, files, ...) moves there and this record goes.
 */
export function MergePerson({ slug, personId, name }: { slug: string; personId: string; name: string }) {
  const t = useTranslations("people.merge");
  const client = usePlatformClient<AppRouter>();
  const { done } = useFeedback();
  const [term, setTerm] = useState("");
  const found = usePeopleFound(client, term);
  const merge = useCall(client.people.merge.mutate);
  const others = (found?.items ?? []).filter((p) => p.id !== personId);

  function search(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setTerm(String(new FormData(e.currentTarget).get("q") ?? "").trim());
  }

  return (
    <section aria-labelledby="merge-title" className="mt-8 max-w-2xl rounded-xl border border-slate-300 bg-white p-4 shadow-sm sm:p-5">
      <h2 id="merge-title" className="mb-1 text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="mb-4 text-slate-700">{t("intro", { name })}</p>
      <search>
        <form onSubmit={search} className="flex flex-wrap items-end gap-3">
          <TextField name="q" label={t("searchLabel")} hint={t("searchHint")} className="min-w-0 flex-1" />
          <Button type="submit">{t("search")}</Button>
        </form>
      </search>
      {merge.error ? (
        <div className="mt-3">
          <Alert tone="error">{errorMessage(merge.error)}</Alert>
        </div>
      ) : null}
      {term && found ? (
        others.length === 0 ? (
          <p className="mt-3 text-slate-700">{t("none")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200" aria-label={t("results")}>
            {others.map((p) => {
              const other = `${p.firstName} ${p.lastName}`.trim();
              return (
                <li key={p.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                  <span className="font-medium">{other}</span>
                  <ConfirmButton
                    variant="secondary"
                    title={t("confirmTitle", { name, other })}
                    body={t("confirmBody", { name, other })}
                    confirmLabel={t("confirm")}
                    cancelLabel={t("cancel")}
                    aria-label={t("mergeInto", { other })}
                    disabled={merge.pending}
                    onConfirm={() =>
                      merge.run(
                        { id: p.id, mergeId: personId },
                        { onSuccess: () => done(t("merged", { other }), `/t/${slug}/people/${p.id}`) },
                      )
                    }
                  >
                    {t("mergeInto", { other })}
                  </ConfirmButton>
                </li>
              );
            })}
          </ul>
        )
      ) : null}
    </section>
  );
}
