"use client";
import { Alert, Button } from "@zorgzaam/ui";
import { useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";
import { localText, NETWORK_QUESTIONS, type NetworkQuestion } from "../../server/evaluation/questions";
import { usePartners } from "../client";
import { SaveStatus, TextQuestion } from "./question-fields";
import type { RoundView } from "./types";
import { useFieldSave } from "./use-field-save";
import { PARTNERS_LIMITS } from "../../limits";

function NetworkAnswer({
  roundId,
  question,
  stored,
  readOnly,
  onConflict,
}: {
  roundId: string;
  question: NetworkQuestion;
  stored: { text: string; byName: string | null } | undefined;
  readOnly: boolean;
  onConflict: () => void;
}) {
  const t = useTranslations("partners.evaluation");
  const locale = useLocale();
  const api = usePartners();
  const save = useCallback(
    async (changed: Partial<{ text: string | null }>, before: Partial<{ text: string | null }>) => {
      const r = await api.evaluation.networkAnswer.mutate({
        roundId,
        key: question.key,
        text: changed.text ?? "",
        before: before.text ?? "",
      });
      return { text: r.text };
    },
    [api, roundId, question.key],
  );
  const s = useFieldSave<{ text: string | null }>({ server: { text: stored?.text ?? "" }, save, onConflict });
  return (
    <div className="space-y-1">
      <TextQuestion
        question={localText(question.text, locale)}
        help={localText(question.help, locale)}
        value={s.values.text ?? ""}
        disabled={readOnly}
        limit={PARTNERS_LIMITS.networkAnswer}
        onChange={(v) => s.change({ text: v })}
        onBlur={() => void s.flush()}
      />
      {stored?.byName ? <p className="text-sm text-slate-700">{t("walk.lastAnswer", { name: stored.byName })}</p> : null}
      <SaveStatus state={s.state} />
      {s.lost ? (
        <Alert tone="error" title={t("save.conflictTitle")}>
          <p>{s.error}</p>
          <p className="mt-2 whitespace-pre-line">
            <strong>{s.lost.text}</strong>
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button onClick={s.keepMine}>{t("save.keepMine")}</Button>
            <Button variant="secondary" onClick={s.dismissLost}>
              {t("save.keepTheirs")}
            </Button>
          </div>
        </Alert>
      ) : s.state === "error" && s.error ? (
        <Alert tone="error">{s.error}</Alert>
      ) : null}
    </div>
  );
}

/** The whole-network questions, each saved on its own (two people can write different answers at once). */
export function NetworkStep({
  round,
  readOnly,
  onConflict,
  onMove,
}: {
  round: RoundView;
  readOnly: boolean;
  onConflict: () => void;
  onMove: (delta: -1 | 1) => void;
}) {
  const t = useTranslations("partners.evaluation");
  return (
    <section aria-labelledby="network-title" className="space-y-5">
      <div>
        <h2 id="network-title" className="text-xl font-bold text-slate-900">
          {t("network.title")}
        </h2>
        <p className="mt-1 max-w-prose text-slate-700">{t("network.intro")}</p>
      </div>
      <div className="space-y-6 rounded-xl border border-slate-300 bg-white p-4 shadow-sm">
        {NETWORK_QUESTIONS.map((q) => (
          <NetworkAnswer
            key={q.key}
            roundId={round.id}
            question={q}
            stored={round.network[q.key]}
            readOnly={readOnly}
            onConflict={onConflict}
          />
        ))}
      </div>
      <nav aria-label={t("walk.stepNav")} className="flex items-center justify-between gap-2">
        <Button variant="secondary" onClick={() => onMove(-1)}>
          {t("network.back")}
        </Button>
        <Button onClick={() => onMove(1)}>{t("network.next")}</Button>
      </nav>
    </section>
  );
}
