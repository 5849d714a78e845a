"use client";
import { Button, Checkbox, SelectField, TextField, useCall, usePlatformClient } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { type FormEvent, useId } from "react";
import { useFeedback } from "@/lib/feedback";
import type { AppRouter } from "@/server/app-router";

interface JsonProperty {
  type?: string;
  enum?: unknown[];
  description?: string;
  title?: string;
  minimum?: number;
  maximum?: number;
}

/**
 * A form generated from the module's settings schema (zod → JSON Schema): a checkbox for booleans, a number field,
 * a select for enums, a text field otherwise. Labels and choices come from the module's catalog in the reader's
 * language (`texts`, built by the server from `settings.<key>` and `settingOptions.<key>.<value>`). The server
 * validates again with the same schema.
 */
export function ModuleSettingsForm({
  id,
  name,
  schema,
  texts,
  values,
}: {
  id: string;
  name: string;
  schema: Record<string, unknown>;
  texts: Record<string, { label: string; options: Record<string, string> }>;
  values: Record<string, unknown>;
}) {
  const t = useTranslations("modules");
  const client = usePlatformClient<AppRouter>();
  const router = useRouter();
  const formId = useId();
  const { done, failed } = useFeedback();
  const save = useCall(client.modules.updateSettings.mutate);
  const properties = (schema.properties ?? {}) as Record<string, JsonProperty>;
  const keys = Object.keys(properties);
  if (keys.length === 0) return null;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const settings: Record<string, unknown> = {};
    for (const key of keys) {
      const p = properties[key] ?? {};
      if (p.type === "boolean") settings[key] = form.get(key) === "on";
      else if (p.type === "number" || p.type === "integer") settings[key] = Number(form.get(key));
      else settings[key] = String(form.get(key) ?? "");
    }
    save.run(
      { id, settings },
      {
        onSuccess: () => {
          done(t("settingsSaved", { name }));
          router.refresh();
        },
        onError: failed,
      },
    );
  }

  return (
    <details className="mt-4">
      <summary className="min-h-11 cursor-pointer py-2 font-semibold text-teal-900">{t("settings", { name })}</summary>
      <form onSubmit={submit} className="mt-3 space-y-4" aria-label={t("settings", { name })}>
        {keys.map((key) => {
          const p = properties[key] ?? {};
          const label = texts[key]?.label ?? key;
          const value = values[key];
          if (p.type === "boolean") return <Checkbox key={key} name={key} label={label} defaultChecked={value === true} />;
          if (p.enum)
            return (
              <SelectField key={key} id={`${formId}-${key}`} name={key} label={label} defaultValue={String(value ?? "")}>
                {p.enum.map((o) => (
                  <option key={String(o)} value={String(o)}>
                    {texts[key]?.options[String(o)] ?? String(o)}
                  </option>
                ))}
              </SelectField>
            );
          if (p.type === "number" || p.type === "integer")
            return (
              <TextField
                key={key}
                id={`${formId}-${key}`}
                name={key}
                type="number"
                label={label}
                min={p.minimum}
                max={p.maximum}
                step={p.type === "integer" ? 1 : "any"}
                defaultValue={String(value ?? "")}
              />
            );
          return <TextField key={key} id={`${formId}-${key}`} name={key} label={label} defaultValue={String(value ?? "")} />;
        })}
        <Button type="submit" disabled={save.pending}>
          {t("saveSettings")}
        </Button>
      </form>
    </details>
  );
}
