"use client";
import { Button } from "../button";
import { Alert } from "../layout";
import { discard, replay } from "./outbox";
import { PassphraseForm } from "./passphrase-form";
import { useOutboxTexts } from "./texts";
import { useOutbox } from "./use-outbox";

/**
 * What waits on this device, for any module's offline screen: "N answers wait on this phone", a "Send now" button,
 * the answers the server refused (with its words, until the worker discards them), and the passphrase when needed.
 */
export function OutboxStatus() {
  const t = useOutboxTexts();
  const s = useOutbox();
  if (s.device === "loading") return null;
  if (s.device === "none" || s.device === "locked") return <PassphraseForm mode={s.device === "none" ? "set" : "unlock"} count={s.count} />;
  return (
    <section className="grid gap-2 rounded-xl border border-slate-300 bg-slate-50 p-3" aria-label={t.waiting(s.count)}>
      <p role="status" aria-live="polite" className="font-semibold" data-outbox-count={s.count}>
        {s.count === 0 ? t.allSent : t.waiting(s.count)}
      </p>
      {s.offline && s.count > 0 ? <p className="text-sm">{t.offline}</p> : null}
      {s.count > 0 ? (
        <div>
          <Button type="button" variant="secondary" disabled={s.sending} onClick={() => void replay()}>
            {s.sending ? t.sending : t.sendNow}
          </Button>
        </div>
      ) : null}
      {s.refused.length > 0 ? (
        <Alert tone="error" title={t.refusedTitle}>
          <ul className="grid gap-2">
            {s.refused.map((r) => (
              <li key={r.idempotencyKey} className="flex flex-wrap items-center gap-2">
                <span>
                  <time dateTime={new Date(r.createdAt).toISOString()}>{new Date(r.createdAt).toLocaleString()}</time>: {r.message}
                </span>
                <Button type="button" variant="ghost" onClick={() => void discard(r.idempotencyKey)}>
                  {t.discard}
                </Button>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </section>
  );
}
