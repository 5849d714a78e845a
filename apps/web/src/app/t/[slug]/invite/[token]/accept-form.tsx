"use client";
import { Alert, Button, TextField } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { type AcceptState, acceptInvitation } from "./actions";
import { LIMITS } from "@zorgzaam/core/limits";

const initial: AcceptState = { error: null, fields: {}, name: "" };

/** Works without JavaScript (a server action); with it, shows errors without losing what was typed. */
export function AcceptForm({
  tenantSlug,
  token,
  mode,
  email,
  allowPassword,
}: {
  tenantSlug: string;
  token: string;
  mode: "new" | "existing";
  email: string;
  allowPassword: boolean;
}) {
  const t = useTranslations("invite");
  const [state, action, pending] = useActionState(acceptInvitation, initial);
  return (
    <form action={action} className="mt-4 space-y-4 rounded-xl border border-slate-300 bg-white p-5">
      <input type="hidden" name="tenantSlug" value={tenantSlug} />
      <input type="hidden" name="token" value={token} />
      {mode === "new" ? (
        <>
          {/* Lets password managers store the password under the right address. */}
          <input type="hidden" name="username" value={email} autoComplete="username" />
          <TextField
            id="invite-name"
            name="name"
            label={t("name")}
            autoComplete="name"
            required
            defaultValue={state.name}
            error={state.fields.name}
          />
          {allowPassword ? (
            <TextField
              id="invite-password"
              name="password"
              type="password"
              label={t("password")}
              hint={t("passwordHint")}
              autoComplete="new-password"
              minLength={12}
              limit={LIMITS.password}
              error={state.fields.password}
            />
          ) : null}
        </>
      ) : null}
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("accepting") : mode === "new" ? t("acceptAndCreate") : t("accept")}
      </Button>
    </form>
  );
}
