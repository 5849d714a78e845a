"use client";
import { Badge, Button, ConfirmButton, TextArea, TextField } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { toast } from "@zorgzaam/ui/toast";
import { errorMessage, useReflectie } from "../client";
import { type Locale, LOCALES, localText } from "../format";
import { REFLECTIE_LIMITS } from "../../limits";

type Texts = Record<Locale, string>;

export interface LibraryTheme {
  id: string;
  origin: string;
  hidden: boolean;
  title: Texts;
  questions: { id: string; origin: string; edited: boolean; hidden: boolean; text: Texts; canReset: boolean }[];
}

function readTexts(form: FormData, prefix: string): Texts {
  return {
    nl: String(form.get(`${prefix}nl`) ?? "").trim(),
    fr: String(form.get(`${prefix}fr`) ?? "").trim(),
    en: String(form.get(`${prefix}en`) ?? "").trim(),
  };
}

function useRun() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<unknown>, ok: string) => {
    setBusy(true);
    try {
      await fn();
      toast.success(ok);
      router.refresh();
      return true;
    } catch (e) {
      toast.error(errorMessage(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

/** Three fields, one per language; at least one must be filled in. */
function TextsFields({ idPrefix, values, multiline, label }: { idPrefix: string; values?: Texts; multiline: boolean; label: string }) {
  const t = useTranslations("reflectie");
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold text-slate-900">{label}</legend>
      <p className="text-sm text-slate-700">{t("library.languagesHint")}</p>
      {LOCALES.map((l) =>
        multiline ? (
          <TextArea
            key={l}
            id={`${idPrefix}-${l}`}
            name={`t_${l}`}
            label={t(`library.lang.${l}`)}
            defaultValue={values?.[l] ?? ""}
            rows={2}
            limit={REFLECTIE_LIMITS.questionText}
          />
        ) : (
          <TextField
            key={l}
            id={`${idPrefix}-${l}`}
            name={`t_${l}`}
            label={t(`library.lang.${l}`)}
            defaultValue={values?.[l] ?? ""}
            limit={REFLECTIE_LIMITS.themeTitle}
          />
        ),
      )}
    </fieldset>
  );
}

export function QuestionLibrary({ themes, locale }: { themes: LibraryTheme[]; locale: string }) {
  const t = useTranslations("reflectie");
  const api = useReflectie();
  const { busy, run } = useRun();
  return (
    <div className="space-y-4">
      {themes.map((th) => (
        <ThemeBlock key={th.id} theme={th} locale={locale} />
      ))}
      <form
        className="space-y-3 rounded-xl border border-slate-300 bg-white p-4"
        aria-labelledby="library-new-theme"
        onSubmit={async (e: FormEvent<HTMLFormElement>) => {
          e.preventDefault();
          const el = e.currentTarget;
          const title = readTexts(new FormData(el), "t_");
          if (!title.nl && !title.fr && !title.en) return void toast.error(t("library.oneLanguage"));
          if (await run(() => api.themes.create.mutate({ title }), t("library.themeAdded"))) el.reset();
        }}
      >
        <h2 id="library-new-theme" className="text-lg font-semibold">
          {t("library.newTheme")}
        </h2>
        <TextsFields idPrefix="new-theme" multiline={false} label={t("library.themeTitle")} />
        <Button type="submit" disabled={busy}>
          {t("library.addTheme")}
        </Button>
      </form>
    </div>
  );
}

function ThemeBlock({ theme, locale }: { theme: LibraryTheme; locale: string }) {
  const t = useTranslations("reflectie");
  const api = useReflectie();
  const { busy, run } = useRun();
  const [editing, setEditing] = useState(false);
  const title = localText(theme.title, locale);
  return (
    <details className="rounded-xl border border-slate-300 bg-white">
      <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-2 px-4 py-3">
        <span className="text-lg font-semibold">{title}</span>
        <Badge>{t("library.questionCount", { count: theme.questions.length })}</Badge>
        {theme.hidden ? <Badge tone="warn">{t("library.hidden")}</Badge> : null}
        {theme.origin === "tenant" ? <Badge tone="good">{t("library.own")}</Badge> : null}
      </summary>
      <div className="space-y-4 border-t border-slate-200 px-4 py-3">
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => setEditing(!editing)} aria-expanded={editing}>
            {t("library.editTheme")}
          </Button>
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() =>
              run(
                () => api.themes.update.mutate({ id: theme.id, hidden: !theme.hidden }),
                theme.hidden ? t("library.shown") : t("library.hiddenDone"),
              )
            }
          >
            {theme.hidden ? t("library.showTheme") : t("library.hideTheme")}
          </Button>
          {theme.origin === "tenant" ? (
            <ConfirmButton
              title={t("library.deleteThemeTitle", { title })}
              body={t("library.deleteThemeBody")}
              confirmLabel={t("library.delete")}
              cancelLabel={t("common.cancel")}
              onConfirm={() => run(() => api.themes.delete.mutate({ id: theme.id }), t("library.deleted"))}
            >
              {t("library.delete")}
            </ConfirmButton>
          ) : null}
        </div>
        {editing ? (
          <form
            className="space-y-3 rounded-lg bg-slate-50 p-3"
            onSubmit={async (e: FormEvent<HTMLFormElement>) => {
              e.preventDefault();
              const next = readTexts(new FormData(e.currentTarget), "t_");
              if (!next.nl && !next.fr && !next.en) return void toast.error(t("library.oneLanguage"));
              if (await run(() => api.themes.update.mutate({ id: theme.id, title: next }), t("library.saved"))) setEditing(false);
            }}
          >
            <TextsFields idPrefix={`theme-${theme.id}`} values={theme.title} multiline={false} label={t("library.themeTitle")} />
            <Button type="submit" disabled={busy}>
              {t("common.save")}
            </Button>
          </form>
        ) : null}
        <ul className="divide-y divide-slate-200">
          {theme.questions.map((q) => (
            <QuestionRow key={q.id} question={q} locale={locale} />
          ))}
        </ul>
        <form
          className="space-y-3 rounded-lg bg-slate-50 p-3"
          onSubmit={async (e: FormEvent<HTMLFormElement>) => {
            e.preventDefault();
            const el = e.currentTarget;
            const text = readTexts(new FormData(el), "t_");
            if (!text.nl && !text.fr && !text.en) return void toast.error(t("library.oneLanguage"));
            if (await run(() => api.questions.create.mutate({ themeId: theme.id, text }), t("library.questionAdded"))) el.reset();
          }}
        >
          <TextsFields idPrefix={`new-q-${theme.id}`} multiline label={t("library.newQuestion", { theme: title })} />
          <Button type="submit" disabled={busy}>
            {t("library.addQuestion")}
          </Button>
        </form>
      </div>
    </details>
  );
}

function QuestionRow({ question: q, locale }: { question: LibraryTheme["questions"][number]; locale: string }) {
  const t = useTranslations("reflectie");
  const api = useReflectie();
  const { busy, run } = useRun();
  const [editing, setEditing] = useState(false);
  const text = localText(q.text, locale);
  const short = text.length > 50 ? `${text.slice(0, 50)}…` : text;
  return (
    <li className="py-3">
      <p className={q.hidden ? "text-slate-600" : "text-slate-900"}>{text}</p>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        {q.hidden ? <Badge tone="warn">{t("library.hidden")}</Badge> : null}
        {q.origin === "tenant" ? <Badge tone="good">{t("library.own")}</Badge> : q.edited ? <Badge>{t("library.edited")}</Badge> : null}
        <Button
          variant="ghost"
          onClick={() => setEditing(!editing)}
          aria-expanded={editing}
          aria-label={t("library.editQuestionLabel", { question: short })}
        >
          {t("library.edit")}
        </Button>
        <Button
          variant="ghost"
          disabled={busy}
          aria-label={t(q.hidden ? "library.showQuestionLabel" : "library.hideQuestionLabel", { question: short })}
          onClick={() =>
            run(() => api.questions.update.mutate({ id: q.id, hidden: !q.hidden }), q.hidden ? t("library.shown") : t("library.hiddenDone"))
          }
        >
          {q.hidden ? t("library.show") : t("library.hide")}
        </Button>
        {q.canReset ? (
          <Button
            variant="ghost"
            disabled={busy}
            onClick={() => run(() => api.questions.reset.mutate({ id: q.id }), t("library.resetDone"))}
          >
            {t("library.reset")}
          </Button>
        ) : null}
        {q.origin === "tenant" ? (
          <ConfirmButton
            variant="ghost"
            title={t("library.deleteQuestionTitle")}
            body={text}
            confirmLabel={t("library.delete")}
            cancelLabel={t("common.cancel")}
            onConfirm={() => run(() => api.questions.delete.mutate({ id: q.id }), t("library.deleted"))}
          >
            {t("library.delete")}
          </ConfirmButton>
        ) : null}
      </div>
      {editing ? (
        <form
          className="mt-2 space-y-3 rounded-lg bg-slate-50 p-3"
          onSubmit={async (e: FormEvent<HTMLFormElement>) => {
            e.preventDefault();
            const next = readTexts(new FormData(e.currentTarget), "t_");
            if (!next.nl && !next.fr && !next.en) return void toast.error(t("library.oneLanguage"));
            if (await run(() => api.questions.update.mutate({ id: q.id, text: next }), t("library.saved"))) setEditing(false);
          }}
        >
          <TextsFields idPrefix={`q-${q.id}`} values={q.text} multiline label={t("library.questionText")} />
          <Button type="submit" disabled={busy}>
            {t("common.save")}
          </Button>
        </form>
      ) : null}
    </li>
  );
}
