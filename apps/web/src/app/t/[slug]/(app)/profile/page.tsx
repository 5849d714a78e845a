import { Card, PageHeader } from "@zorgzaam/ui";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/i18n/locales";
import { getTenant } from "@/lib/tenant";
import { currentPath } from "@/lib/path";
import { setLanguage } from "@/shell/actions";
import { serverApi } from "@/trpc/server";
import { NameForm, PasswordForm, SignOutElsewhere } from "./profile-forms";
import { deviceOf } from "./device";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

/**
 * One's own profile: name, language, password, and the open sessions with "sign out elsewhere" (sessions are rows,
 * ADR 3 and 10). The same for everyone; it sits in a workspace only for its frame and navigation.
 */
export default async function ProfilePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await getTenant(slug);
  const me = await serverApi();
  const [profile, sessions] = [await me.me.profile(), await me.me.sessions()];
  const t = await getTranslations();
  const format = await getFormatter();
  const locale = await getLocale();
  const others = sessions.filter((s) => !s.current).length;
  return (
    <>
      <PageHeader title={t("profile.title")} description={profile.email} />
      <div className="grid gap-4 md:grid-cols-2">
        <Card title={t("profile.nameTitle")}>
          <NameForm name={profile.name ?? ""} />
        </Card>
        <Card title={t("profile.languageTitle")}>
          <form action={setLanguage} className="space-y-4">
            <input type="hidden" name="back" value={await currentPath()} />
            <fieldset>
              <legend className="mb-2 font-medium">{t("profile.language")}</legend>
              <div className="flex flex-col gap-2">
                {LOCALES.map((l) => (
                  <label key={l} className="flex min-h-11 items-center gap-2">
                    <input type="radio" name="locale" value={l} defaultChecked={l === locale} className="size-5" />
                    <span lang={l}>{t(`language.${l}`)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <button type="submit" className="min-h-11 rounded-md bg-teal-800 px-4 font-semibold text-white hover:bg-teal-900">
              {t("profile.saveLanguage")}
            </button>
          </form>
        </Card>
        <Card title={t("profile.passwordTitle")}>
          <p className="mb-3 text-slate-700">{profile.hasPassword ? t("profile.passwordIntro") : t("profile.noPasswordIntro")}</p>
          <PasswordForm hasPassword={profile.hasPassword} />
        </Card>
        <Card title={t("profile.sessionsTitle")}>
          <p className="mb-3 text-slate-700">{t("profile.sessionsIntro")}</p>
          <ul className="mb-4 divide-y divide-slate-200">
            {sessions.map((s) => (
              <li key={`${s.createdAt.toISOString()}-${s.lastSeenAt.toISOString()}`} className="py-2">
                <p className="font-medium">
                  {deviceOf(s.userAgent) ?? t("profile.unknownDevice")}
                  {s.current ? <span className="ml-2 font-normal text-teal-900">({t("profile.thisSession")})</span> : null}
                </p>
                <p className="text-sm text-slate-700">
                  {t("profile.sessionLine", {
                    since: format.dateTime(s.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                    seen: format.relativeTime(s.lastSeenAt),
                    method: t(`profile.method.${s.method === "password" ? "password" : "email"}`),
                  })}
                  {s.ip ? ` · ${s.ip}` : null}
                </p>
              </li>
            ))}
          </ul>
          <SignOutElsewhere others={others} />
        </Card>
      </div>
    </>
  );
}
