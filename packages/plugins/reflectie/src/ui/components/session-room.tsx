"use client";
import { Alert, Badge, Button, buttonClass, ConfirmButton, TextArea } from "@zorgzaam/ui";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useRef, useState } from "react";
import { toast } from "@zorgzaam/ui/toast";
import { errorMessage, useReflectie } from "../client";
import { ActionPoints, type ActionRow } from "./action-points";
import { type SaveState, useAutosave } from "./autosave";
import { Fan } from "./fan";
import { REFLECTIE_LIMITS } from "../../limits";

export interface RoomItem {
  id: string;
  questionId: string | null;
  questionText: string;
  how: string;
  position: number;
  answer: string;
  insights: string;
  version: number;
}

export interface RoomSession {
  id: string;
  title: string;
  date: string;
  status: string;
  version: number;
  successes: string;
  neighbourhoodName: string | null;
  themes: { id: string; title: string }[];
  participants: { id: string; userId: string | null; name: string; guest: boolean }[];
  items: RoomItem[];
  actions: ActionRow[];
  remaining: number;
  canManage: boolean;
}

export interface PickTheme {
  id: string;
  title: string;
  questions: { id: string; text: string; asked: boolean }[];
}

export function SaveStatus({ state, id }: { state: SaveState; id?: string }) {
  const t = useTranslations("reflectie");
  const label =
    state === "saving" || state === "dirty"
      ? t("room.saving")
      : state === "saved"
        ? t("room.saved")
        : state === "error"
          ? t("room.saveFailed")
          : state === "refused"
            ? t("room.saveRefused")
            : state === "conflict"
              ? t("room.conflictShort")
              : "";
  return (
    <p
      id={id}
      role="status"
      aria-live="polite"
      className={
        state === "error" || state === "refused" || state === "conflict" ? "text-sm font-medium text-red-800" : "text-sm text-slate-700"
      }
    >
      {label}
    </p>
  );
}

/** The whole session room: participants and themes, the fan, the questions with autosaved answers, actions, closing. */
export function SessionRoom({
  slug,
  locale,
  session,
  pickable,
}: {
  slug: string;
  locale: string;
  session: RoomSession;
  pickable: PickTheme[];
}) {
  const t = useTranslations("reflectie");
  const format = useFormatter();
  const closed = session.status === "closed";
  const base = `/t/${slug}/reflectie`;
  const newest = useRef<string | null>(null);

  return (
    <>
      <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <p className="text-sm text-slate-700">
            <Link href={`${base}/sessions`}>{t("room.back")}</Link>
          </p>
          <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{session.title}</h1>
          <p className="mt-1 text-slate-700">
            {format.dateTime(new Date(session.date), {
              weekday: "long",
              day: "numeric",
              month: "long",
              year: "numeric",
              hour: "2-digit",
              minute: "2-digit",
            })}
            {session.neighbourhoodName ? ` · ${session.neighbourhoodName}` : ""}{" "}
            <Badge tone={closed ? "good" : "neutral"}>{t(`sessionStatus.${session.status}`)}</Badge>
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href={`${base}/sessions/${session.id}/report`} className={buttonClass("secondary")}>
            {t("room.report")}
          </Link>
        </div>
      </div>

      <section aria-labelledby="room-who" className="mb-6 grid gap-4 md:grid-cols-2">
        <div className="rounded-xl border border-slate-300 bg-white p-4">
          <h2 id="room-who" className="font-semibold">
            {t("room.participants")}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {session.participants.map((p) => (
              <li key={p.id}>
                <Badge>{p.guest ? t("room.guestName", { name: p.name }) : p.name}</Badge>
              </li>
            ))}
          </ul>
        </div>
        <div className="rounded-xl border border-slate-300 bg-white p-4">
          <h2 className="font-semibold">{t("room.themes")}</h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {session.themes.map((th) => (
              <li key={th.id}>
                <Badge>{th.title}</Badge>
              </li>
            ))}
          </ul>
        </div>
      </section>

      {closed ? (
        <div className="mb-6">
          <Alert tone="success" title={t("room.closedTitle")}>
            {t("room.closedText")} <Link href={`${base}/sessions/${session.id}/report`}>{t("room.toReport")}</Link>
          </Alert>
          {session.canManage ? <Reopen sessionId={session.id} version={session.version} /> : null}
        </div>
      ) : (
        <Fan
          sessionId={session.id}
          planned={session.status === "draft" ? new Date(session.date) : null}
          locale={locale}
          remaining={session.remaining}
          pickable={pickable}
          onAdded={(id) => (newest.current = id)}
        />
      )}

      <section aria-labelledby="room-questions" className="mt-8">
        <h2 id="room-questions" className="mb-3 text-xl font-semibold">
          {t("room.questions", { count: session.items.length })}
        </h2>
        {session.items.length === 0 ? (
          <p className="text-slate-700">{closed ? t("room.noQuestionsClosed") : t("room.noQuestions")}</p>
        ) : (
          <ol className="space-y-4">
            {session.items.map((item, i) => (
              <li key={item.id}>
                <ItemCard item={item} index={i + 1} readOnly={closed} focusOnMount={newest.current === item.id} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <ActionPoints
        sessionId={session.id}
        readOnly={closed}
        actions={session.actions}
        owners={session.participants.filter((p) => !p.guest && p.userId).map((p) => ({ userId: p.userId as string, name: p.name }))}
        guests={session.participants.filter((p) => p.guest).map((p) => p.name)}
        items={session.items.map((it, i) => ({ id: it.id, label: `${i + 1}. ${it.questionText}` }))}
      />

      <ClosingStep session={session} />
    </>
  );
}

function ItemCard({ item, index, readOnly, focusOnMount }: { item: RoomItem; index: number; readOnly: boolean; focusOnMount: boolean }) {
  const t = useTranslations("reflectie");
  const api = useReflectie();
  const router = useRouter();
  const headingId = `item-${item.id}`;
  const save = useCallback(
    async (v: { answer: string; insights: string }, version: number) =>
      (await api.items.update.mutate({ id: item.id, version, ...v })).version,
    [api, item.id],
  );
  const onConflict = useCallback(() => router.refresh(), [router]);
  const auto = useAutosave({ server: { answer: item.answer, insights: item.insights }, serverVersion: item.version, save, onConflict });
  const [removing, setRemoving] = useState(false);
  return (
    <article aria-labelledby={headingId} className="rounded-xl border border-slate-300 bg-white p-4 shadow-sm sm:p-5">
      <h3
        id={headingId}
        tabIndex={-1}
        ref={(el) => {
          if (el && focusOnMount && document.activeElement !== el && !el.dataset.focused) {
            el.dataset.focused = "1";
            el.focus();
          }
        }}
        className="text-lg font-semibold text-slate-900"
      >
        <span className="text-teal-800">{index}.</span> {item.questionText}
      </h3>
      <p className="text-sm text-slate-700">{item.how === "drawn" ? t("room.drawn") : t("room.picked")}</p>
      {auto.state === "conflict" && auto.lost ? (
        <div className="mt-3">
          <Alert tone="error" title={t("room.conflictTitle")}>
            <p>{t("room.conflictText")}</p>
            <details className="mt-2">
              <summary className="min-h-11 cursor-pointer py-2 font-semibold">{t("room.yourText")}</summary>
              <p className="whitespace-pre-wrap">
                <strong>{t("room.answer")}:</strong> {auto.lost.answer}
              </p>
              <p className="whitespace-pre-wrap">
                <strong>{t("room.insights")}:</strong> {auto.lost.insights}
              </p>
            </details>
            <Button variant="secondary" className="mt-2" onClick={auto.dismissLost}>
              {t("room.understood")}
            </Button>
          </Alert>
        </div>
      ) : null}
      {readOnly ? (
        <dl className="mt-3 space-y-3">
          <div>
            <dt className="text-sm font-semibold text-slate-700">{t("room.answer")}</dt>
            <dd className="whitespace-pre-wrap">{item.answer || t("room.empty")}</dd>
          </div>
          <div>
            <dt className="text-sm font-semibold text-slate-700">{t("room.insights")}</dt>
            <dd className="whitespace-pre-wrap">{item.insights || t("room.empty")}</dd>
          </div>
        </dl>
      ) : (
        <div className="mt-3 grid gap-4 lg:grid-cols-2">
          <TextArea
            id={`answer-${item.id}`}
            label={t("room.answer")}
            hint={t("room.answerHint")}
            value={auto.values.answer}
            onChange={(e) => auto.change({ answer: e.target.value })}
            error={auto.fields.answer}
            announceError
            onBlur={() => void auto.flush()}
            rows={5}
            limit={REFLECTIE_LIMITS.answer}
            className="text-lg"
          />
          <TextArea
            id={`insights-${item.id}`}
            label={t("room.insights")}
            hint={t("room.insightsHint")}
            value={auto.values.insights}
            onChange={(e) => auto.change({ insights: e.target.value })}
            error={auto.fields.insights}
            announceError
            onBlur={() => void auto.flush()}
            rows={5}
            limit={REFLECTIE_LIMITS.answer}
            className="text-lg"
          />
        </div>
      )}
      {readOnly ? null : (
        <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
          <SaveStatus state={auto.state} />
          <ConfirmButton
            variant="ghost"
            title={t("room.removeTitle")}
            body={t("room.removeBody")}
            confirmLabel={t("room.remove")}
            cancelLabel={t("common.cancel")}
            aria-label={t("room.removeLabel", { index })}
            disabled={removing}
            onConfirm={async () => {
              setRemoving(true);
              try {
                await api.items.remove.mutate({ id: item.id });
                router.refresh();
              } catch (e) {
                toast.error(errorMessage(e));
                setRemoving(false);
              }
            }}
          >
            {t("room.remove")}
          </ConfirmButton>
        </div>
      )}
    </article>
  );
}

/** The fixed closing step: "what went well, what are we proud of?", required to close the session. */
function ClosingStep({ session }: { session: RoomSession }) {
  const t = useTranslations("reflectie");
  const api = useReflectie();
  const router = useRouter();
  const closed = session.status === "closed";
  const save = useCallback(
    async (v: { successes: string }, ver: number) =>
      (await api.sessions.update.mutate({ id: session.id, version: ver, successes: v.successes })).version,
    [api, session.id],
  );
  const onConflict = useCallback(() => router.refresh(), [router]);
  const auto = useAutosave({ server: { successes: session.successes }, serverVersion: session.version, save, onConflict });
  const [error, setError] = useState<string | null>(null);
  const [closing, setClosing] = useState(false);

  async function close() {
    await auto.flush();
    const successes = auto.values.successes.trim();
    if (!successes) {
      setError(t("room.successesRequired"));
      document.getElementById("room-successes")?.focus();
      return;
    }
    setError(null);
    setClosing(true);
    try {
      await api.sessions.close.mutate({ id: session.id, version: auto.getVersion(), successes });
      toast.success(t("room.closedToast"));
      router.refresh();
    } catch (e) {
      toast.error(errorMessage(e));
      router.refresh();
    } finally {
      setClosing(false);
    }
  }

  return (
    <section aria-labelledby="room-closing" className="mt-8 rounded-xl border-2 border-teal-800 bg-teal-50 p-4 sm:p-5">
      <h2 id="room-closing" className="text-xl font-semibold text-teal-950">
        {t("room.closingTitle")}
      </h2>
      <p className="mb-3 text-slate-800">{t("room.closingIntro")}</p>
      {closed ? (
        <p className="whitespace-pre-wrap rounded-lg bg-white p-3">{session.successes}</p>
      ) : (
        <>
          {auto.state === "conflict" && auto.lost ? (
            <div className="mb-3">
              <Alert tone="error" title={t("room.conflictTitle")}>
                <p>{t("room.conflictText")}</p>
                <p className="mt-2 whitespace-pre-wrap">
                  <strong>{t("room.yourText")}:</strong> {auto.lost.successes}
                </p>
                <Button variant="secondary" className="mt-2" onClick={auto.dismissLost}>
                  {t("room.understood")}
                </Button>
              </Alert>
            </div>
          ) : null}
          <TextArea
            id="room-successes"
            label={t("room.successes")}
            hint={t("room.successesHint")}
            value={auto.values.successes}
            onChange={(e) => auto.change({ successes: e.target.value })}
            onBlur={() => void auto.flush()}
            rows={5}
            limit={REFLECTIE_LIMITS.successes}
            error={error ?? auto.fields.successes}
            announceError
            className="text-lg"
          />
          <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
            <SaveStatus state={auto.state} />
            <Button onClick={close} disabled={closing} className="min-h-14 px-6 text-lg">
              {closing ? t("common.saving") : t("room.close")}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

function Reopen({ sessionId, version }: { sessionId: string; version: number }) {
  const t = useTranslations("reflectie");
  const api = useReflectie();
  const router = useRouter();
  return (
    <div className="mt-2">
      <ConfirmButton
        variant="secondary"
        confirmVariant="primary"
        title={t("room.reopenTitle")}
        body={t("room.reopenBody")}
        confirmLabel={t("room.reopen")}
        cancelLabel={t("common.cancel")}
        onConfirm={async () => {
          try {
            await api.sessions.reopen.mutate({ id: sessionId, version });
            router.refresh();
          } catch (e) {
            toast.error(errorMessage(e));
            router.refresh();
          }
        }}
      >
        {t("room.reopen")}
      </ConfirmButton>
    </div>
  );
}
