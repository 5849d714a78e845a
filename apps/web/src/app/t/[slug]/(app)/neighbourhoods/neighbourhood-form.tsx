"use client";
import { Button, TextArea, TextField, ErrorSummary, useFormErrors, useCall, usePlatformClient } from "@zorgzaam/ui";
import { useLocale, useTranslations } from "next-intl";
import { type ChangeEvent, type FormEvent, useDeferredValue, useEffect, useId, useMemo, useState } from "react";
import { BoundaryEditor } from "@/components/map/boundary-editor";
import { useFeedback } from "@/lib/feedback";
import { formatGeoJson, type MapConfig, previewGeometry } from "@zorgzaam/ui/map";
import type { AppRouter } from "@/server/app-router";
import { LIMITS } from "@zorgzaam/core/limits";

const MAX_FILE_BYTES = 5 * 1024 * 1024;

interface Initial {
  id?: string;
  name: string;
  description: string;
  sectorCodes: string[];
  /** The boundary as GeoJSON text, or null. */
  boundary: string | null;
}

/**
 * Same rules as the server (parseBoundary in @zorgzaam/core), loaded only when someone edits the boundary; the problem
 * is said in the page's language from core's catalogs (the same text the server would answer).
 */
async function checkBoundary(text: string, locale: string): Promise<string | null> {
  if (!text.trim()) return null;
  const [{ parseBoundary, BoundaryError }, { isLocale, DEFAULT_LOCALE }] = await Promise.all([
    import("@zorgzaam/core/geo/boundary"),
    import("@zorgzaam/core/i18n/index"),
  ]);
  try {
    parseBoundary(text);
    return null;
  } catch (e) {
    if (e instanceof BoundaryError) return e.messageIn(isLocale(locale) ? locale : DEFAULT_LOCALE);
    return e instanceof Error ? e.message : String(e);
  }
}

export function NeighbourhoodForm({ slug, mapConfig, initial }: { slug: string; mapConfig: MapConfig; initial: Initial }) {
  const t = useTranslations("neighbourhoods");
  const tc = useTranslations("common");
  const locale = useLocale();
  const client = usePlatformClient<AppRouter>();
  const { done } = useFeedback();
  const create = useCall(client.neighbourhoods.create.mutate);
  const update = useCall(client.neighbourhoods.update.mutate);
  const pending = create.pending || update.pending;
  const fileId = useId();

  const [name, setName] = useState(initial.name);
  const [boundary, setBoundary] = useState(initial.boundary ?? "");
  const problems = useFormErrors();
  const errors = problems.state.fields;
  // A file that cannot be read is said under the field at once (no submit involved).
  const [fileError, setFileError] = useState("");
  const [liveCheck, setLiveCheck] = useState<string | null>(null);
  const deferred = useDeferredValue(boundary);
  const geometry = useMemo(() => previewGeometry(deferred), [deferred]);

  useEffect(() => {
    let stale = false;
    const timer = setTimeout(() => {
      checkBoundary(deferred, locale).then((problem) => {
        if (!stale) setLiveCheck(problem);
      });
    }, 400);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [deferred, locale]);

  function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.currentTarget.files?.[0];
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileError(t("fileTooLarge"));
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      setBoundary(String(reader.result ?? ""));
      setFileError("");
    };
    reader.onerror = () => setFileError(t("fileUnreadable"));
    reader.readAsText(file);
  }

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const fields = {
      name: String(form.get("name") ?? ""),
      description: String(form.get("description") ?? ""),
      sectorCodes: String(form.get("sectorCodes") ?? "")
        .split(/[\s,;]+/)
        .map((s) => s.trim())
        .filter(Boolean),
      boundary: boundary.trim() ? boundary : null,
    };
    problems.clear();
    const onError = (err: unknown) => {
      problems.fail(err);
    };
    if (initial.id) {
      update.run({ id: initial.id, ...fields }, { onSuccess: () => done(t("saved", { name: fields.name })), onError });
    } else {
      create.run(fields, { onSuccess: (n) => done(t("created", { name: n.name }), `/t/${slug}/neighbourhoods/${n.id}`), onError });
    }
  }

  const boundaryError = fileError || errors.boundary || liveCheck;

  return (
    <form onSubmit={submit} noValidate className="grid grid-cols-1 gap-6 lg:grid-cols-2 lg:items-start">
      <ErrorSummary errors={problems.state} />
      <div className="space-y-4 rounded-xl border border-slate-300 bg-white p-4 sm:p-5 lg:row-span-2">
        <TextField
          id="nbh-name"
          name="name"
          label={t("name")}
          required
          limit={LIMITS.name}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
        />
        <TextArea
          id="nbh-description"
          name="description"
          label={t("description")}
          defaultValue={initial.description}
          limit={LIMITS.neighbourhoodDescription}
          error={errors.description}
        />
        <TextField
          id="nbh-sectors"
          name="sectorCodes"
          label={t("sectorCodes")}
          hint={t("sectorCodesHint")}
          defaultValue={initial.sectorCodes.join(", ")}
          error={errors.sectorCodes}
        />
        <TextArea
          id="nbh-boundary"
          name="boundary"
          label={t("boundaryField")}
          hint={t("boundaryHint")}
          value={boundary}
          onChange={(e) => setBoundary(e.currentTarget.value)}
          error={boundaryError || null}
          spellCheck={false}
          className="min-h-48 font-mono text-sm"
        />
        <div className="flex flex-wrap items-end gap-3">
          <div className="space-y-1">
            <label htmlFor={fileId} className="block text-sm font-semibold text-slate-900">
              {t("file")}
            </label>
            <input
              id={fileId}
              type="file"
              accept=".geojson,.json,application/geo+json,application/json"
              onChange={onFile}
              className="block min-h-11 w-full text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-slate-400 file:bg-white file:px-4 file:py-2 file:font-medium file:text-slate-900 hover:file:bg-slate-100"
            />
          </div>
          {/* Kept in the layout (invisible) while there is no boundary: appearing when a drawing closes, it would push
              the map down under the finger on a phone, right when the person goes on to drag a corner. */}
          <Button variant="ghost" onClick={() => setBoundary("")} className={boundary ? undefined : "invisible"}>
            {t("clearBoundary")}
          </Button>
        </div>
      </div>
      <section aria-labelledby="nbh-preview-title" className="lg:sticky lg:top-4">
        <h2 id="nbh-preview-title" className="mb-2 text-lg font-semibold">
          {t("draw.title")}
        </h2>
        {/* The drawing writes the GeoJSON field; typing, pasting or uploading there redraws it. */}
        <BoundaryEditor
          name={name}
          geometry={geometry}
          config={mapConfig}
          onChange={(g) => {
            setBoundary(g ? formatGeoJson(g) : "");
            setFileError("");
          }}
        />
      </section>
      {/* After the preview on a phone, so people see the map before they save. */}
      <div className="flex flex-wrap gap-2 lg:col-start-2 lg:self-end">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : initial.id ? tc("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}
