"use client";
import { Button } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { Pager, pageCount } from "./pager";
import { type Action, type Decision, type DuplicateIssue, keyOf, type Page } from "./wizard-types";

const ACTIONS = ["skip", "update", "new"] as const;

/** The duplicates the preview found, a page at a time, each with its choice (and one choice for all). */
export function DuplicatesList(props: {
  slug: string;
  dups: Page<DuplicateIssue>;
  onDecide: (rows: Decision[], all?: Action) => void;
  onPage: (page: number) => void;
}) {
  const t = useTranslations("partners.transfer");
  const { dups } = props;
  return (
    <section aria-labelledby="dups-title" className="mt-6 space-y-3">
      <h3 id="dups-title" className="font-semibold text-slate-900">
        {t("preview.duplicatesTitle", { count: dups.total })}
      </h3>
      {dups.total === 0 ? (
        <p className="text-slate-800">{t("preview.noDuplicates")}</p>
      ) : (
        <>
          <p className="text-slate-800">{t("preview.duplicatesIntro")}</p>
          <div className="flex flex-wrap items-center gap-2">
            <span className="text-sm font-semibold text-slate-900">{t("preview.all")}</span>
            {ACTIONS.map((a) => (
              <Button key={a} variant="secondary" onClick={() => props.onDecide([], a)}>
                {t(`preview.${a}`)}
              </Button>
            ))}
          </div>
          <ul className="space-y-3">
            {dups.items.map((d) => (
              <li key={keyOf(d)} className="rounded-lg border border-slate-300 p-3">
                <fieldset>
                  <legend className="font-medium text-slate-900">
                    {t("preview.rowName", { row: d.row, name: d.name })}{" "}
                    <span className="font-normal text-slate-800">
                      — {t("preview.looksLike", { name: d.matchName })}
                      {d.matchAddress ? `, ${d.matchAddress}` : ""} (
                      {d.inFile ? (
                        t("preview.inFile", { row: d.matchRow ?? 0 })
                      ) : d.matchId ? (
                        <a href={`/t/${props.slug}/partners/actors/${d.matchId}`} className="underline" target="_blank" rel="noreferrer">
                          {t("preview.existing")}
                        </a>
                      ) : null}
                      , {t("preview.score", { score: Math.round(d.score * 100) })})
                    </span>
                  </legend>
                  <div className="mt-2 flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-4">
                    {ACTIONS.map((a) => {
                      const disabled = a === "update" && (d.inFile || !d.editable);
                      return (
                        <label key={a} className={`flex min-h-11 items-center gap-2 ${disabled ? "text-slate-600" : ""}`}>
                          <input
                            type="radio"
                            name={`dup-${keyOf(d)}`}
                            value={a}
                            checked={d.action === a}
                            disabled={disabled}
                            onChange={() => props.onDecide([{ row: d.row, ...(d.file ? { file: d.file } : {}), action: a }])}
                            className="size-5 accent-teal-800"
                          />
                          {t(`preview.${a}`)}
                        </label>
                      );
                    })}
                  </div>
                  {!d.inFile && !d.editable ? <p className="mt-1 text-sm text-slate-700">{t("preview.notEditable")}</p> : null}
                </fieldset>
              </li>
            ))}
          </ul>
          <Pager page={dups.page} pages={pageCount(dups)} onPage={props.onPage} />
        </>
      )}
    </section>
  );
}
