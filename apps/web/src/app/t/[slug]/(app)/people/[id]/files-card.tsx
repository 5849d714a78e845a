"use client";
import { Alert, Button } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { type FileUploadState, uploadPersonFile } from "./files-actions";

const initial: FileUploadState = { error: null, done: 0 };

/** Adds a photo or a PDF to a person: a plain form (works without JavaScript); the server checks the content and size. */
export function FileUploadForm({ slug, personId, maxMb }: { slug: string; personId: string; maxMb: number }) {
  const t = useTranslations("files");
  const [state, action, pending] = useActionState(uploadPersonFile, initial);
  const input = useRef<HTMLInputElement>(null);
  const error = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.done && input.current) input.current.value = "";
  }, [state.done]);
  useEffect(() => {
    if (state.error) error.current?.focus();
  }, [state.error]);
  return (
    <form action={action} encType="multipart/form-data" className="mt-4 space-y-3">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="personId" value={personId} />
      <div>
        <label htmlFor="person-file" className="block font-medium text-slate-900">
          {t("add")}
        </label>
        <p id="person-file-hint" className="text-sm text-slate-700">
          {t("hint", { maxMb })}
        </p>
        <input
          ref={input}
          id="person-file"
          name="file"
          type="file"
          required
          accept="image/jpeg,image/png,image/webp,image/heic,application/pdf"
          aria-describedby="person-file-hint"
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
  );
}
