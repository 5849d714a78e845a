import type { GraphNode } from "../../server/network/types";

/** The translator the pages use (next-intl's, under "partners"); kept loose so server and client pages share this. */
type T = (key: string, values?: Record<string, string | number>) => string;

/** The name a node is shown with: Persons without a name are "Resident n", the partnership has its own word. */
export function nodeName(t: T, n: Pick<GraphNode, "kind" | "label" | "personNumber">): string {
  if (n.kind === "partnership") return t("noOrganisation");
  if (n.kind === "person") return n.label ?? t("network.graph.person", { n: n.personNumber ?? 0 });
  return n.label ?? "";
}

/** What a node is, in words: the actor's kind, or organisation / team member / resident. */
export function nodeKindText(t: T, n: Pick<GraphNode, "kind" | "actorKind">): string {
  if (n.kind === "actor") return n.actorKind ? t(`kind.${n.actorKind}`) : t("network.graph.kinds.actor");
  return t(`network.graph.kinds.${n.kind}`);
}
