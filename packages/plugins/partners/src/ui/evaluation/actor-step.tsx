"use client";
import { Alert, Badge, Button, SelectField } from "@zorgzaam/ui";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";
import { RELATIONSHIP_STATUSES, STATUS_COLORS } from "../../domain";
import type { AnswerValues } from "../../server/evaluation/input";
import { localText, questionsFor, WAKE_ANSWERS, WORK_ANSWERS } from "../../server/evaluation/questions";
import { usePartners } from "../client";
import { ChoiceQuestion, SaveStatus, TextQuestion } from "./question-fields";
import type { Answers, RoundActor } from "./types";
import { useFieldSave } from "./use-field-save";
import { PARTNERS_LIMITS } from "../../limits";

function StatusDot({ status }: { status: string }) {
  return (
    <span
      aria-hidden="true"
      className="inline-block size-3 shrink-0 rounded-full"
      style={{ backgroundColor: STATUS_COLORS[status as keyof typeof STATUS_COLORS] ?? "#6b7280" }}
    />
  );
}

/** One actor of the round with its guiding questions; answers are saved as they are given. */
export function ActorStep({
  slug,
  roundId,
  actor,
  position,
  total,
  readOnly,
  onConflict,
  onAnswered,
  onMove,
  onFollowUp,
}: {
  slug: string;
  roundId: string;
  actor: RoundActor;
  position: number;
  total: number;
  readOnly: boolean;
  onConflict: () => void;
  onAnswered: (actorId: string) => void;
  onMove: (delta: -1 | 1) => void;
  /** Opens the follow-ups with this actor chosen (a decision about it). */
  onFollowUp: (actorId: string) => void;
}) {
  const t = useTranslations("partners");
  const locale = useLocale();
  const api = usePartners();
  const save = useCallback(
    async (answers: Partial<Answers>, before: Partial<Answers>) =>
      // The values come from this form's own options (the server checks them again).
      (
        await api.evaluation.answer.mutate({
          roundId,
          actorId: actor.actorId,
          answers: answers as AnswerValues,
          before: before as AnswerValues,
        })
      ).answers,
    [api, roundId, actor.actorId],
  );
  const onSaved = useCallback(() => onAnswered(actor.actorId), [onAnswered, actor.actorId]);
  const s = useFieldSave<Answers>({ server: actor.answers, save, onConflict, onSaved });
  const questions = questionsFor(actor.statusAtStart);
  const questionText = (field: string) => {
    const q = questions.find((x) => x.field === field);
    return q ? localText(q.text, locale) : field;
  };
  /** An answer as the person gave it: a choice by its label, a text as written. */
  const shown = (field: string, v: string | null) =>
    v === null || v === ""
      ? t("evaluation.answer.none")
      : field === "proposedStatus"
        ? t(`status.${v}`)
        : field === "note" || field === "opensNetworks"
          ? v
          : t(`evaluation.answer.${v}`);
  const label = (options: readonly string[]) => options.map((o) => ({ value: o, label: t(`evaluation.answer.${o}`) }));

  async function move(delta: -1 | 1) {
    await s.flush();
    onMove(delta);
  }

  return (
    <section aria-labelledby="actor-name" className="space-y-5">
      <div className="rounded-xl border border-slate-300 bg-white p-4 shadow-sm">
        <p className="text-sm text-slate-700">{t("evaluation.walk.position", { n: position, total })}</p>
        <progress
          className="mt-1 h-2 w-full accent-teal-800"
          value={position}
          max={total}
          aria-label={t("evaluation.walk.position", { n: position, total })}
        />
        <h2 id="actor-name" className="mt-3 text-xl font-bold text-slate-900">
          <Link href={`/t/${slug}/partners/actors/${actor.actorId}`}>{actor.name}</Link>
        </h2>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-800">
          <Badge>{t(`kind.${actor.kind}`)}</Badge>
          <span className="inline-flex items-center gap-1">
            <StatusDot status={actor.statusAtStart} />
            {t("evaluation.walk.statusAtStart", { status: t(`status.${actor.statusAtStart}`) })}
          </span>
          {actor.status !== actor.statusAtStart ? (
            <span className="text-sm text-slate-700">({t("evaluation.walk.statusNow", { status: t(`status.${actor.status}`) })})</span>
          ) : null}
          {actor.archived ? <Badge tone="warn">{t("evaluation.walk.archived")}</Badge> : null}
        </p>
        {actor.offersUs || actor.offersThem ? (
          <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="font-semibold text-slate-900">{t("evaluation.walk.offersUs")}</dt>
              <dd className="text-slate-800">{actor.offersUs || "—"}</dd>
            </div>
            <div>
              <dt className="font-semibold text-slate-900">{t("evaluation.walk.offersThem")}</dt>
              <dd className="text-slate-800">{actor.offersThem || "—"}</dd>
            </div>
          </dl>
        ) : null}
        {actor.answeredByName ? (
          <p className="mt-2 text-sm text-slate-700">{t("evaluation.walk.lastAnswer", { name: actor.answeredByName })}</p>
        ) : null}
      </div>

      {s.lost ? (
        <Alert tone="error" title={t("evaluation.save.conflictTitle")}>
          <p>{s.error}</p>
          <ul className="mt-2 list-disc pl-5">
            {Object.entries(s.lost).map(([k, v]) => (
              <li key={k}>
                {questionText(k)}: <strong>{shown(k, v ?? null)}</strong>
              </li>
            ))}
          </ul>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button onClick={s.keepMine}>{t("evaluation.save.keepMine")}</Button>
            <Button variant="secondary" onClick={s.dismissLost}>
              {t("evaluation.save.keepTheirs")}
            </Button>
          </div>
        </Alert>
      ) : null}

      <div className="space-y-6 rounded-xl border border-slate-300 bg-white p-4 shadow-sm">
        {questions.map((q) => {
          const question = localText(q.text, locale);
          const help = localText(q.help, locale);
          if (q.kind === "work" || q.kind === "wake") {
            return (
              <ChoiceQuestion
                key={q.key}
                question={question}
                help={help}
                options={label(q.kind === "work" ? WORK_ANSWERS : WAKE_ANSWERS)}
                value={s.values[q.field]}
                disabled={readOnly}
                onChange={(v) => s.change({ [q.field]: v }, 0)}
              />
            );
          }
          if (q.kind === "status") {
            return (
              <SelectField
                key={q.key}
                label={question}
                hint={help}
                value={s.values.proposedStatus ?? ""}
                disabled={readOnly}
                onChange={(e) => s.change({ proposedStatus: e.target.value || null }, 0)}
              >
                <option value="">{t("evaluation.walk.keepStatus", { status: t(`status.${actor.status}`) })}</option>
                {RELATIONSHIP_STATUSES.map((st) => (
                  <option key={st} value={st}>
                    {t(`status.${st}`)}
                  </option>
                ))}
              </SelectField>
            );
          }
          return (
            <TextQuestion
              key={q.key}
              question={question}
              help={help}
              value={s.values[q.field] ?? ""}
              disabled={readOnly}
              limit={PARTNERS_LIMITS.actorAnswer}
              onChange={(v) => s.change({ [q.field]: v })}
              onBlur={() => void s.flush()}
            />
          );
        })}
        <SaveStatus state={s.state} />
        {!readOnly ? (
          <Button
            variant="secondary"
            onClick={() => {
              void s.flush();
              onFollowUp(actor.actorId);
            }}
          >
            {t("evaluation.walk.followUp")}
          </Button>
        ) : null}
        {s.state === "error" && s.error ? (
          <Alert tone="error">
            {s.error}{" "}
            <button type="button" className="underline" onClick={() => void s.flush()}>
              {t("evaluation.save.retry")}
            </button>
          </Alert>
        ) : null}
      </div>

      <nav aria-label={t("evaluation.walk.actorNav")} className="flex items-center justify-between gap-2">
        <Button variant="secondary" disabled={position <= 1} onClick={() => void move(-1)}>
          {t("evaluation.walk.previous")}
        </Button>
        <Button onClick={() => void move(1)}>{position >= total ? t("evaluation.walk.toNetwork") : t("evaluation.walk.next")}</Button>
      </nav>
    </section>
  );
}
