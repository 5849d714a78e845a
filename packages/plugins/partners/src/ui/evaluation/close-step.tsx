"use client";
import { Alert, Button, Checkbox, CheckboxGroup, ConfirmButton } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { errorMessage, usePartners } from "../client";
import type { RoundView } from "./types";

/**
 * Closing the round: the proposed status changes are listed for the regie to confirm one by one (only actors of the
 * regie's own organisation, or of nobody, can be changed); closing applies the checked ones through the history.
 */
export function CloseStep({
  round,
  onDone,
  onMove,
}: {
  round: RoundView;
  onDone: (message: string) => void;
  onMove: (delta: -1 | 1) => void;
}) {
  const t = useTranslations("partners");
  const api = usePartners();
  const applicable = round.proposals.filter((p) => p.mayApply);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(applicable.map((p) => p.actorId)));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = round.status === "open";
  const unanswered = round.progress.total - round.progress.answered;
  const openFollowUps = round.followUps.filter((f) => f.status === "open").length;

  async function close() {
    setBusy(true);
    setError(null);
    try {
      const apply = applicable.filter((p) => chosen.has(p.actorId)).map((p) => ({ actorId: p.actorId, status: p.to as "intensive" }));
      const r = await api.evaluation.close.mutate({ id: round.id, apply });
      onDone(t("evaluation.close.closed", { count: r.applied.length }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  async function reopen() {
    setBusy(true);
    setError(null);
    try {
      await api.evaluation.reopen.mutate({ id: round.id });
      onDone(t("evaluation.close.reopened"));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="close-title" className="space-y-5">
      <div>
        <h2 id="close-title" className="text-xl font-bold text-slate-900">
          {open ? t("evaluation.close.title") : t("evaluation.close.closedTitle")}
        </h2>
        <p className="mt-1 max-w-prose text-slate-700">{open ? t("evaluation.close.intro") : t("evaluation.close.closedIntro")}</p>
      </div>

      <ul className="list-disc space-y-1 pl-5 text-slate-800">
        <li>{t("evaluation.close.answered", { answered: round.progress.answered, total: round.progress.total })}</li>
        {open && unanswered > 0 ? <li>{t("evaluation.close.unanswered", { count: unanswered })}</li> : null}
        <li>{t("evaluation.close.followUpsOpen", { count: openFollowUps })}</li>
      </ul>

      {open ? (
        round.canManage ? (
          <div className="space-y-4 rounded-xl border border-slate-300 bg-white p-4 shadow-sm">
            {round.proposals.length ? (
              <CheckboxGroup legend={t("evaluation.close.proposals")} hint={t("evaluation.close.proposalsHint")}>
                {round.proposals.map((p) => (
                  <Checkbox
                    key={p.actorId}
                    label={t("evaluation.close.change", { name: p.name, from: t(`status.${p.from}`), to: t(`status.${p.to}`) })}
                    hint={p.mayApply ? undefined : t("evaluation.close.notYours")}
                    disabled={!p.mayApply}
                    checked={p.mayApply && chosen.has(p.actorId)}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if (e.target.checked) next.add(p.actorId);
                      else next.delete(p.actorId);
                      setChosen(next);
                    }}
                  />
                ))}
              </CheckboxGroup>
            ) : (
              <p className="text-slate-700">{t("evaluation.close.noProposals")}</p>
            )}
            {error ? <Alert tone="error">{error}</Alert> : null}
            <ConfirmButton
              variant="primary"
              confirmVariant="primary"
              disabled={busy}
              title={t("evaluation.close.confirmTitle")}
              body={t("evaluation.close.confirmBody", { count: applicable.filter((p) => chosen.has(p.actorId)).length })}
              confirmLabel={t("evaluation.close.confirm")}
              cancelLabel={t("evaluation.cancel")}
              onConfirm={() => void close()}
            >
              {t("evaluation.close.button")}
            </ConfirmButton>
          </div>
        ) : (
          <p className="text-slate-700">{t("evaluation.close.onlyRegie")}</p>
        )
      ) : (
        <div className="space-y-3">
          {round.actors.some((a) => a.appliedStatus) ? (
            <div>
              <h3 className="font-semibold text-slate-900">{t("evaluation.close.applied")}</h3>
              <ul className="mt-1 list-disc pl-5 text-slate-800">
                {round.actors
                  .filter((a) => a.appliedStatus)
                  .map((a) => (
                    <li key={a.actorId}>{t("evaluation.close.appliedItem", { name: a.name, to: t(`status.${a.appliedStatus}`) })}</li>
                  ))}
              </ul>
            </div>
          ) : (
            <p className="text-slate-700">{t("evaluation.close.noneApplied")}</p>
          )}
          {error ? <Alert tone="error">{error}</Alert> : null}
          {round.canManage ? (
            <Button variant="secondary" disabled={busy} onClick={() => void reopen()}>
              {t("evaluation.close.reopen")}
            </Button>
          ) : null}
        </div>
      )}

      <nav aria-label={t("evaluation.walk.stepNav")} className="flex items-center justify-between gap-2">
        <Button variant="secondary" onClick={() => onMove(-1)}>
          {t("evaluation.close.back")}
        </Button>
      </nav>
    </section>
  );
}
