"use client";
import { useState } from "react";
import { Button } from "../button";
import { TextField } from "../field";
import { Alert } from "../layout";
import { resetDevice, setPassphrase, unlock, WrongPassphrase } from "./outbox";
import { useOutboxTexts } from "./texts";

export const PASSPHRASE_MIN = 8;
export const PASSPHRASE_MAX = 200;

/**
 * Sets the device's passphrase (first time) or asks it once per browser session. Without it the waiting entries
 * cannot be read or sent; a forgotten one can only be replaced by discarding them.
 */
export function PassphraseForm({ mode, count }: { mode: "set" | "unlock"; count: number }) {
  const t = useOutboxTexts();
  const [pass, setPass] = useState("");
  const [repeat, setRepeat] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    if (pass.length < PASSPHRASE_MIN) return setError(t.tooShort(PASSPHRASE_MIN));
    if (pass.length > PASSPHRASE_MAX) return setError(t.tooLong(PASSPHRASE_MAX));
    if (mode === "set" && pass !== repeat) return setError(t.mismatch);
    setBusy(true);
    try {
      if (mode === "set") await setPassphrase(pass);
      else await unlock(pass);
    } catch (err) {
      setError(err instanceof WrongPassphrase ? t.wrong : String(err));
    } finally {
      setBusy(false);
    }
  }

  async function forgot() {
    if (window.confirm(t.forgotConfirm(count))) await resetDevice();
  }

  return (
    <form onSubmit={submit} className="grid gap-3 rounded-xl border border-slate-300 bg-white p-4" noValidate data-outbox-passphrase>
      <h2 className="text-lg font-semibold">{mode === "set" ? t.setTitle : t.unlockTitle}</h2>
      <p className="text-sm">{mode === "set" ? t.setHint : t.unlockHint}</p>
      <TextField
        label={t.passphrase}
        type="password"
        autoComplete={mode === "set" ? "new-password" : "current-password"}
        value={pass}
        onChange={(e) => setPass(e.target.value)}
        error={error ?? undefined}
        limit={PASSPHRASE_MAX}
      />
      {mode === "set" ? (
        <TextField
          label={t.repeat}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
        />
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy}>
          {mode === "set" ? t.setButton : t.unlockButton}
        </Button>
        {mode === "unlock" ? (
          <Button type="button" variant="ghost" onClick={forgot}>
            {t.forgot}
          </Button>
        ) : null}
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </form>
  );
}
