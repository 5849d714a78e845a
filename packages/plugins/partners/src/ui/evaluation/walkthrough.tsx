"use client";
import { Alert, cx, SelectField } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { ActorStep } from "./actor-step";
import { CloseStep } from "./close-step";
import { FollowUps } from "./follow-ups";
import { NetworkStep } from "./network-step";
import { type RoundView, STEPS, type Step } from "./types";

/**
 * The walk-through of a round, made for a phone: one actor at a time with the guiding questions, then the
 * whole-network questions, then the decisions (follow-ups), then closing. Where one is, is kept in the address, so a
 * reload or a shared link opens the same actor.
 */
export function Walkthrough({
  slug,
  round,
  initialStep,
  initialIndex,
}: {
  slug: string;
  round: RoundView;
  initialStep: Step;
  initialIndex: number;
}) {
  const t = useTranslations("partners.evaluation");
  const router = useRouter();
  const [step, setStep] = useState<Step>(initialStep);
  const [index, setIndex] = useState(Math.min(Math.max(initialIndex, 0), Math.max(round.actors.length - 1, 0)));
  const [answered, setAnswered] = useState<Set<string>>(() => new Set(round.actors.filter((a) => a.answeredAt).map((a) => a.actorId)));
  const [notice, setNotice] = useState<string | null>(null);
  const [followUpActor, setFollowUpActor] = useState<string | null>(null);
  const content = useRef<HTMLDivElement>(null);
  const readOnly = round.status !== "open";
  const total = round.actors.length;
  const actor = round.actors[index];

  // Answers saved by others arrive with a reload; keep what this page already knows was answered.
  const serverAnswered = round.actors
    .filter((a) => a.answeredAt)
    .map((a) => a.actorId)
    .join(",");
  useEffect(() => {
    setAnswered((prev) => new Set([...prev, ...serverAnswered.split(",").filter(Boolean)]));
  }, [serverAnswered]);

  useEffect(() => {
    const url = new URL(window.location.href);
    url.searchParams.set("step", step);
    if (step === "actors") url.searchParams.set("actor", String(index + 1));
    else url.searchParams.delete("actor");
    window.history.replaceState(window.history.state, "", url);
  }, [step, index]);

  const refresh = useCallback(() => router.refresh(), [router]);
  const onAnswered = useCallback((actorId: string) => setAnswered((prev) => (prev.has(actorId) ? prev : new Set([...prev, actorId]))), []);

  function go(next: Step, at?: number, opts: { focus?: boolean } = {}) {
    setNotice(null);
    if (next !== "followUps") setFollowUpActor(null);
    setStep(next);
    // The close step lists the proposals as stored: fetch what the team (this person included) saved meanwhile.
    if (next === "close" || next === "followUps") router.refresh();
    if (at !== undefined) setIndex(at);
    // Bring the new content into view and give keyboard and screen-reader users a place to start: its heading. Not
    // from the "go to actor" list, where arrow keys change the choice and focus must stay.
    if (opts.focus === false) return;
    requestAnimationFrame(() => {
      const h = content.current?.querySelector<HTMLElement>("h2");
      if (!h) return;
      h.tabIndex = -1;
      h.focus({ preventScroll: true });
      content.current?.scrollIntoView({ block: "start" });
    });
  }

  function moveActor(delta: -1 | 1) {
    if (delta === 1 && index >= total - 1) go("network");
    else go("actors", Math.min(Math.max(index + delta, 0), total - 1));
  }

  function moveStep(delta: -1 | 1) {
    const i = STEPS.indexOf(step) + delta;
    const next = STEPS[Math.min(Math.max(i, 0), STEPS.length - 1)] as Step;
    go(next, next === "actors" && delta === -1 ? total - 1 : undefined);
  }

  return (
    <div className="space-y-5">
      <nav aria-label={t("walk.steps")}>
        <ol className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {STEPS.map((s, i) => (
            <li key={s}>
              <button
                type="button"
                aria-current={step === s ? "step" : undefined}
                onClick={() => go(s)}
                className={cx(
                  "min-h-11 w-full rounded-lg border px-3 py-2 text-left text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-800",
                  step === s ? "border-teal-800 bg-teal-800 text-white" : "border-slate-400 bg-white text-slate-900 hover:bg-slate-100",
                )}
              >
                {i + 1}. {t(`walk.step.${s}`)}
                {s === "actors" ? (
                  <span className="block font-normal">{t("walk.answered", { answered: answered.size, total })}</span>
                ) : null}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <div ref={content} className="scroll-mt-4 space-y-5">
        {readOnly ? <Alert tone="info">{t("walk.closedNotice")}</Alert> : null}
        {notice ? <Alert tone="success">{notice}</Alert> : null}

        {step === "actors" ? (
          actor ? (
            <>
              <SelectField
                label={t("walk.jump")}
                value={String(index)}
                onChange={(e) => go("actors", Number(e.target.value), { focus: false })}
              >
                {round.actors.map((a, i) => (
                  <option key={a.actorId} value={i}>
                    {`${i + 1}. ${a.name}${answered.has(a.actorId) ? ` (${t("walk.done")})` : ""}`}
                  </option>
                ))}
              </SelectField>
              <ActorStep
                key={actor.actorId}
                slug={slug}
                roundId={round.id}
                actor={actor}
                position={index + 1}
                total={total}
                readOnly={readOnly}
                onConflict={refresh}
                onAnswered={onAnswered}
                onMove={moveActor}
                onFollowUp={(actorId) => {
                  setFollowUpActor(actorId);
                  go("followUps");
                }}
              />
            </>
          ) : (
            <p className="text-slate-700">{t("walk.noActors")}</p>
          )
        ) : step === "network" ? (
          <NetworkStep round={round} readOnly={readOnly} onConflict={refresh} onMove={moveStep} />
        ) : step === "followUps" ? (
          <FollowUps key={followUpActor ?? ""} round={round} initialActorId={followUpActor} onChanged={refresh} onMove={moveStep} />
        ) : (
          <CloseStep
            key={`${round.status}-${round.proposals.map((p) => p.actorId + p.to).join()}`}
            round={round}
            onMove={moveStep}
            onDone={(message) => {
              setNotice(message);
              refresh();
            }}
          />
        )}
      </div>
    </div>
  );
}
