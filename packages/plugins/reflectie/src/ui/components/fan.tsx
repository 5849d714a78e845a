"use client";
import { Button, ModuleIcon } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { toast } from "@zorgzaam/ui/toast";
import { errorMessage, usePrefersReducedMotion, useReflectie } from "../client";
import type { PickTheme } from "./session-room";

const CARDS = 7;
const COLORS = ["#0f766e", "#115e59", "#0e7490", "#155e75", "#1e3a8a", "#3730a3", "#6b21a8"];

/**
 * The question fan: a fan of cards that opens when a question is drawn, then shows the drawn card. With reduced
 * motion (the person's system setting) nothing moves: the question simply appears.
 */
export function Fan({
  sessionId,
  planned,
  locale,
  remaining,
  pickable,
  onAdded,
}: {
  sessionId: string;
  /** The planned date of a session that has not started: the first question starts it, after asking. */
  planned: Date | null;
  locale: string;
  remaining: number;
  pickable: PickTheme[];
  onAdded: (itemId: string) => void;
}) {
  const t = useTranslations("reflectie");
  const api = useReflectie();
  const router = useRouter();
  const reduced = usePrefersReducedMotion();
  const [phase, setPhase] = useState<"rest" | "spreading" | "shown">("rest");
  const [drawn, setDrawn] = useState<{ text: string; theme: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [announce, setAnnounce] = useState("");
  const format = useFormatter();
  const dialog = useRef<HTMLDialogElement>(null);
  const dialogTitle = useId();
  // The question the person asked for while the session is only planned: asked again once they confirm starting it.
  const [pending, setPending] = useState<{ run: (start: boolean) => Promise<void> } | null>(null);

  /** Runs a draw or pick; in a planned session it first asks whether to start the session now. */
  function ask(run: (start: boolean) => Promise<void>) {
    if (!planned) {
      void run(false);
      return;
    }
    setPending({ run });
    dialog.current?.showModal();
  }

  async function draw(start: boolean) {
    setBusy(true);
    setDrawn(null);
    if (!reduced) setPhase("spreading");
    try {
      const [item] = await Promise.all([
        api.fan.draw.mutate({ sessionId, locale: locale as "nl" | "fr" | "en", start }),
        reduced ? Promise.resolve() : new Promise((r) => setTimeout(r, 700)),
      ]);
      setDrawn({ text: item.questionText, theme: item.themeTitle });
      setPhase("shown");
      setAnnounce(t("fan.announce", { question: item.questionText }));
      onAdded(item.id);
      router.refresh();
    } catch (e) {
      setPhase("rest");
      toast.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  async function pick(questionId: string, start: boolean) {
    setBusy(true);
    try {
      const item = await api.fan.pick.mutate({ sessionId, questionId, locale: locale as "nl" | "fr" | "en", start });
      setDrawn({ text: item.questionText, theme: item.themeTitle });
      setPhase("shown");
      setAnnounce(t("fan.announce", { question: item.questionText }));
      onAdded(item.id);
      router.refresh();
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const spread = phase === "spreading" ? 16 : phase === "shown" ? 12 : 8;
  return (
    <section aria-labelledby="fan-title" className="rounded-xl border border-slate-300 bg-white p-4 sm:p-6">
      <h2 id="fan-title" className="text-xl font-semibold">
        {t("fan.title")}
      </h2>
      <p className="text-slate-700">{t("fan.intro")}</p>
      <div className="mt-4 grid items-center gap-6 md:grid-cols-[minmax(0,18rem)_1fr]">
        <div aria-hidden="true" className="relative mx-auto select-none" style={{ width: "16rem", height: "12rem" }}>
          {Array.from({ length: CARDS }, (_, i) => {
            const angle = (i - (CARDS - 1) / 2) * spread;
            const lifted = phase !== "rest" && i === (CARDS - 1) / 2;
            return (
              <div
                // biome-ignore lint/suspicious/noArrayIndexKey: the cards are identical and never reorder
                key={i}
                className="absolute rounded-xl border-2 border-white shadow-md"
                style={{
                  bottom: 0,
                  left: "50%",
                  width: "6rem",
                  height: "10rem",
                  background: COLORS[i % COLORS.length],
                  transformOrigin: "50% 100%",
                  transform: `translateX(-50%) rotate(${angle}deg) translateY(${lifted ? -18 : 0}px)`,
                  transition: reduced ? "none" : "transform 600ms cubic-bezier(.2,.8,.2,1)",
                }}
              >
                <span className="absolute inset-x-0 top-3 flex justify-center">
                  <ModuleIcon name="messages-square" className="size-7 text-white" />
                </span>
              </div>
            );
          })}
        </div>
        <div className="min-h-32">
          {drawn ? (
            <div
              className="rounded-xl border-2 border-teal-800 bg-teal-50 p-4"
              style={{ transition: reduced ? "none" : "opacity 400ms", opacity: phase === "shown" ? 1 : 0 }}
            >
              <p className="text-sm font-semibold text-teal-900">{drawn.theme}</p>
              <p className="mt-1 text-xl font-semibold text-slate-900">{drawn.text}</p>
            </div>
          ) : (
            <p className="text-slate-700">{remaining > 0 ? t("fan.remaining", { count: remaining }) : t("fan.empty")}</p>
          )}
        </div>
      </div>
      <p className="sr-only" aria-live="polite">
        {announce}
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button onClick={() => ask(draw)} disabled={busy || remaining === 0} className="min-h-14 px-6 text-lg">
          {busy ? t("fan.drawing") : t("fan.draw")}
        </Button>
      </div>
      {planned ? (
        <p className="mt-3 text-slate-800">
          {t("fan.plannedNote", { date: format.dateTime(planned, { dateStyle: "full", timeStyle: "short" }) })}
        </p>
      ) : null}
      <dialog
        ref={dialog}
        aria-labelledby={dialogTitle}
        onClose={() => setPending(null)}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-slate-300 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
      >
        <h2 id={dialogTitle} className="text-lg font-semibold">
          {t("fan.startTitle")}
        </h2>
        {planned ? (
          <p className="mt-2 text-slate-800">
            {t("fan.startBody", { date: format.dateTime(planned, { dateStyle: "full", timeStyle: "short" }) })}
          </p>
        ) : null}
        <div className="mt-5 flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={() => dialog.current?.close()} autoFocus>
            {t("fan.startCancel")}
          </Button>
          <Button
            onClick={() => {
              const run = pending?.run;
              dialog.current?.close();
              if (run) void run(true);
            }}
          >
            {t("fan.startConfirm")}
          </Button>
        </div>
      </dialog>
      <details className="mt-4 rounded-lg border border-slate-300">
        <summary className="min-h-11 cursor-pointer px-3 py-2.5 font-semibold text-teal-900">{t("fan.pickTitle")}</summary>
        <div className="space-y-4 px-3 pb-3">
          {pickable.map((th) => (
            <div key={th.id}>
              <h3 className="mt-2 font-semibold">{th.title}</h3>
              <ul className="divide-y divide-slate-200">
                {th.questions.map((q) => (
                  <li key={q.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span className={q.asked ? "text-slate-600 line-through" : ""}>{q.text}</span>
                    {q.asked ? (
                      <span className="text-sm text-slate-700">{t("fan.asked")}</span>
                    ) : (
                      <Button
                        variant="secondary"
                        disabled={busy}
                        onClick={() => ask((start) => pick(q.id, start))}
                        aria-label={t("fan.pickLabel", { question: q.text })}
                      >
                        {t("fan.pick")}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </details>
    </section>
  );
}
