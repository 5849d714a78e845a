"use client";
import { Alert, Button, ConfirmButton, TextField } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { errorMessage, usePartners } from "../client";

/** For the regie, on an open round: add actors that were forgotten or met since it started. */
export function AddActors({ roundId }: { roundId: string }) {
  const t = useTranslations("partners.evaluation.admin");
  const api = usePartners();
  const router = useRouter();
  const [q, setQ] = useState("");
  const [found, setFound] = useState<{ id: string; name: string }[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  async function search(e?: FormEvent) {
    e?.preventDefault();
    setBusy(true);
    try {
      setFound(await api.evaluation.addable.query({ roundId, q }));
    } catch (err) {
      setMessage({ tone: "error", text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  async function add(actor: { id: string; name: string }) {
    setBusy(true);
    setMessage(null);
    try {
      await api.evaluation.addActors.mutate({ roundId, actorIds: [actor.id] });
      setFound((f) => f?.filter((x) => x.id !== actor.id) ?? null);
      setMessage({ tone: "success", text: t("added", { name: actor.name }) });
      router.refresh();
    } catch (err) {
      setMessage({ tone: "error", text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="rounded-xl border border-slate-300 bg-white">
      <summary className="min-h-11 cursor-pointer px-4 py-2.5 font-semibold text-teal-900">{t("add")}</summary>
      <div className="space-y-3 px-4 pb-4">
        <p className="text-slate-700">{t("addIntro")}</p>
        <form onSubmit={search} className="flex flex-wrap items-end gap-2">
          <TextField label={t("search")} value={q} onChange={(e) => setQ(e.target.value)} limit={100} />
          <Button type="submit" variant="secondary" disabled={busy}>
            {t("find")}
          </Button>
        </form>
        <div aria-live="polite">
          {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
          {found && found.length === 0 ? <p className="text-slate-700">{t("none")}</p> : null}
        </div>
        {found?.length ? (
          <ul className="divide-y divide-slate-200">
            {found.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2 [overflow-wrap:anywhere]">
                <span>{a.name}</span>
                <Button variant="secondary" disabled={busy} onClick={() => void add(a)} aria-label={t("addNamed", { name: a.name })}>
                  {t("addOne")}
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </details>
  );
}

/** For the regie: delete a round started by mistake (the server refuses once anything is answered, and says so). */
export function DeleteRound({ roundId, listHref }: { roundId: string; listHref: string }) {
  const t = useTranslations("partners.evaluation");
  const api = usePartners();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await api.evaluation.remove.mutate({ id: roundId });
      router.push(`${listHref}?deleted=1`);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <div className="space-y-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <ConfirmButton
        disabled={busy}
        title={t("admin.deleteTitle")}
        body={t("admin.deleteBody")}
        confirmLabel={t("admin.deleteConfirm")}
        cancelLabel={t("cancel")}
        onConfirm={() => void remove()}
      >
        {t("admin.delete")}
      </ConfirmButton>
    </div>
  );
}
