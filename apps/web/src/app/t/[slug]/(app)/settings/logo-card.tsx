"use client";
import { Alert, Button, Card } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { type LogoUploadState, removeLogo, uploadLogo } from "./logo-actions";

const initial: LogoUploadState = { error: null, done: 0 };

/**
 * The project's logo on the public site: upload (a photo is re-encoded without its metadata) or remove it. Plain forms
 * (they work without JavaScript). The preview is the public address itself, so only while the public site is on.
 */
export function LogoCard({ slug, hasLogo, siteOn, maxMb }: { slug: string; hasLogo: boolean; siteOn: boolean; maxMb: number }) {
  const t = useTranslations("settings.logo");
  const [state, action, pending] = useActionState(uploadLogo, initial);
  const input = useRef<HTMLInputElement>(null);
  const error = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.done && input.current) input.current.value = "";
  }, [state.done]);
  useEffect(() => {
    if (state.error) error.current?.focus();
  }, [state.error]);
  return (
    <Card title={t("title")}>
      <p className="mb-3 max-w-prose text-slate-700">{t("intro")}</p>
      {hasLogo ? (
        <div className="mb-4 flex flex-wrap items-center gap-4">
          {siteOn ? (
            // biome-ignore lint/performance/noImgElement: the public logo route, served and cached as it is
            <img
              src={`/${slug}/logo?v=${state.done}`}
              alt={t("current")}
              width={64}
              height={64}
              className="h-16 w-16 rounded border border-slate-300 object-contain"
            />
          ) : (
            <p className="text-slate-700">{t("currentHidden")}</p>
          )}
          <form action={removeLogo}>
            <input type="hidden" name="slug" value={slug} />
            <Button type="submit" variant="secondary">
              {t("remove")}
            </Button>
          </form>
        </div>
      ) : (
        <p className="mb-4 text-slate-700">{t("none")}</p>
      )}
      <form action={action} encType="multipart/form-data" className="space-y-3">
        <input type="hidden" name="slug" value={slug} />
        <div>
          <label htmlFor="logo-file" className="block font-medium text-slate-900">
            {hasLogo ? t("replace") : t("add")}
          </label>
          <p id="logo-file-hint" className="text-sm text-slate-700">
            {t("hint", { maxMb })}
          </p>
          <input
            ref={input}
            id="logo-file"
            name="file"
            type="file"
            required
            accept="image/jpeg,image/png,image/webp"
            aria-describedby="logo-file-hint"
            aria-invalid={state.error ? true : undefined}
            className="mt-1 block w-full max-w-full text-sm"
          />
        </div>
        {state.error ? (
          <div ref={error} tabIndex={-1}>
            <Alert tone="error">{state.error}</Alert>
          </div>
        ) : null}
        <Button type="submit" disabled={pending}>
          {pending ? t("uploading") : t("upload")}
        </Button>
      </form>
    </Card>
  );
}
