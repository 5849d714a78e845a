import "server-only";
import { logger } from "@zorgzaam/core";
import { homeOf } from "@zorgzaam/platform/home";
import { manifests } from "@zorgzaam/platform/manifests";
import { moduleCallers } from "@/trpc/server";

/**
 * The sections modules add to a person's page (contract: PluginUi.person, from each module's `./home` entry: server
 * components only): those of the modules enabled in the workspace whose section permission the member has, in the
 * order of the platform's manifests. A section that fails is logged and left out; the rest of the page still works.
 */
export async function ModulePersonSections(props: {
  slug: string;
  personId: string;
  personName: string;
  enabledModules: readonly string[];
  permissions: readonly string[];
}) {
  const callers = await moduleCallers(props.slug);
  const enabled = manifests.filter((m) => props.enabledModules.includes(m.id));
  const sections = (await Promise.all(enabled.map(async (m) => ({ id: m.id, person: (await homeOf(m.id))?.person })))).filter(
    (s) => s.person && props.permissions.includes(s.person.permission),
  );
  const rendered = await Promise.all(
    sections.map(async (s) => {
      try {
        const node = await s.person?.component({
          slug: props.slug,
          permissions: props.permissions,
          personId: props.personId,
          personName: props.personName,
          ...callers(s.id),
        });
        return { id: s.id, node };
      } catch (err) {
        logger.error({ err, module: s.id }, "person section failed");
        return { id: s.id, node: null };
      }
    }),
  );
  return <>{rendered.map((r) => (r.node ? <div key={r.id}>{r.node}</div> : null))}</>;
}
