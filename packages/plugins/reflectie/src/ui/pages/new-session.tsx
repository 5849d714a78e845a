import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { PageHeader } from "@zorgzaam/ui";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReflectieRouter } from "../../server/router";
import { NewSessionForm } from "../components/new-session-form";
import { localText, UUID } from "../format";

/** Plan a session: title, date, neighbourhood, themes, who takes part (members and guests). */
export async function NewSessionPage(props: PluginPageProps<ReflectieRouter>) {
  const api = props.api;
  const [themes, members, rhythms] = await Promise.all([
    api.themes.list({ includeHidden: false }),
    api.sessions.members(),
    api.rhythms.list(),
  ]);
  const neighbourhoods = props.permissions.includes("core.neighbourhoods.view") ? await props.core.neighbourhoods.list() : [];
  const t = await getTranslations("reflectie");
  const locale = await getLocale();
  const rhythmId = props.searchParams.rhythm && UUID.test(props.searchParams.rhythm) ? props.searchParams.rhythm : "";
  return (
    <>
      <PageHeader title={t("newSession.title")} description={t("newSession.intro")} />
      <NewSessionForm
        slug={props.slug}
        themes={themes.map((th) => ({ id: th.id, title: localText(th.title, locale) }))}
        members={members.map((m) => ({ userId: m.userId, name: m.name, roles: m.roles }))}
        neighbourhoods={neighbourhoods.map((n) => ({ id: n.id, name: n.name }))}
        rhythms={rhythms
          .filter((r) => r.active)
          .map((r) => ({
            id: r.id,
            name: r.name,
            participantIds: r.participants.map((p) => p.userId),
            nextSessionAt: r.nextSessionAt.toISOString(),
          }))}
        initialRhythmId={rhythmId}
      />
    </>
  );
}
