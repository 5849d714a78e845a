import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { HomeCard } from "./sections";

/**
 * For a member to whom no module offers anything yet: says truthfully why (no module is on, or the modules that are on
 * are for other roles), what she can do here, and whom to ask.
 */
export async function NothingForYou({
  slug,
  tenant,
  roles,
  enabledModuleNames,
  contacts,
}: {
  slug: string;
  tenant: string;
  roles: string;
  enabledModuleNames: readonly string[];
  contacts: readonly { name: string; email: string; roles: string[] }[];
}) {
  const t = await getTranslations();
  return (
    <HomeCard title={t("home.nothingTitle")}>
      <p>
        {enabledModuleNames.length === 0
          ? t("home.noModulesOn", { tenant })
          : t("home.modulesForOthers", { tenant, modules: enabledModuleNames.join(", "), count: enabledModuleNames.length, roles })}
      </p>
      <p className="mt-2">
        {t.rich("home.meanwhile", {
          profile: (chunks) => <Link href={`/t/${slug}/profile`}>{chunks}</Link>,
          neighbourhoods: (chunks) => <Link href={`/t/${slug}/neighbourhoods`}>{chunks}</Link>,
        })}
      </p>
      {contacts.length > 0 ? (
        <>
          <h3 className="mt-4 font-semibold">{t("home.askTitle")}</h3>
          <ul className="mt-1 space-y-1">
            {contacts.map((c) => (
              <li key={c.email}>
                {c.name} ({c.roles.map((r) => t(`roles.${r}` as "roles.admin")).join(", ")}): <a href={`mailto:${c.email}`}>{c.email}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </HomeCard>
  );
}
