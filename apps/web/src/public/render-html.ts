/**
 * Renders a tree of React elements (server components: plain and async function components, HTML elements,
 * fragments) to an HTML string, without React's client runtime: the public site is plain HTML with no JavaScript at
 * all (issue 11: works on a cheap phone and without JavaScript; budget 60 kB). Hooks, context and client components
 * are not supported, on purpose: a public page is data in, HTML out. Every text and attribute is escaped.
 */
import type { ReactNode } from "react";

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const ELEMENT = new Set([Symbol.for("react.transitional.element"), Symbol.for("react.element")]);
const FRAGMENT = Symbol.for("react.fragment");
const RENAMED: Record<string, string> = { className: "class", htmlFor: "for", defaultValue: "value", defaultChecked: "checked" };

export function escapeHtml(s: string): string {
  return s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
}

function styleText(style: Record<string, unknown>): string {
  return Object.entries(style)
    .filter(([, v]) => v !== null && v !== undefined && v !== false)
    .map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${String(v)}`)
    .join(";");
}

function attributes(props: Record<string, unknown>): string {
  let out = "";
  for (const [key, value] of Object.entries(props)) {
    if (key === "children" || key === "key" || key === "ref" || key === "dangerouslySetInnerHTML") continue;
    if (/^on[A-Z]/.test(key) || typeof value === "function") continue;
    if (value === null || value === undefined || value === false) continue;
    const name = RENAMED[key] ?? (/^(aria|data)-/.test(key) ? key : key.toLowerCase());
    if (!/^[a-z][a-z0-9:-]*$/.test(name)) continue;
    if (value === true) {
      out += ` ${name}${name.startsWith("aria-") ? '="true"' : ""}`;
      continue;
    }
    const text = name === "style" && typeof value === "object" ? styleText(value as Record<string, unknown>) : String(value);
    out += ` ${name}="${escapeHtml(text)}"`;
  }
  return out;
}

export async function renderHtml(node: ReactNode | Promise<ReactNode>, depth = 0): Promise<string> {
  if (depth > 200) throw new Error("renderHtml: tree too deep");
  const n = await node;
  if (n === null || n === undefined || typeof n === "boolean") return "";
  if (typeof n === "string") return escapeHtml(n);
  if (typeof n === "number" || typeof n === "bigint") return String(n);
  if (Array.isArray(n) || (typeof n === "object" && Symbol.iterator in n)) {
    const parts: string[] = [];
    for (const child of n as Iterable<ReactNode>) parts.push(await renderHtml(child, depth + 1));
    return parts.join("");
  }
  const el = n as { $$typeof?: symbol; type?: unknown; props?: Record<string, unknown> };
  if (!el.$$typeof || !ELEMENT.has(el.$$typeof)) throw new Error("renderHtml: not a React element");
  const props = el.props ?? {};
  const children = props.children as ReactNode;
  if (typeof el.type === "function") {
    if ((el.type as { prototype?: { isReactComponent?: unknown } }).prototype?.isReactComponent)
      throw new Error("renderHtml: class components are not supported");
    return renderHtml((el.type as (p: unknown) => ReactNode | Promise<ReactNode>)(props), depth + 1);
  }
  if (typeof el.type !== "string") {
    // Fragments (and Suspense and the like): their children only.
    if (el.type === FRAGMENT || typeof el.type === "symbol") return renderHtml(children, depth + 1);
    throw new Error("renderHtml: unsupported element type");
  }
  const tag = el.type.toLowerCase();
  if (!/^[a-z][a-z0-9-]*$/.test(tag)) throw new Error(`renderHtml: bad tag ${tag}`);
  if (tag === "textarea") {
    const { value, defaultValue, ...rest } = props;
    return `<textarea${attributes(rest)}>${escapeHtml(String(value ?? defaultValue ?? ""))}</textarea>`;
  }
  if (tag === "style") {
    // A stylesheet is the app's own constant text: kept as it is (escaping would break quotes and ">"), but never closed early.
    const css = typeof children === "string" ? children : "";
    return `<style${attributes(props)}>${css.replaceAll("</", "<\\/")}</style>`;
  }
  if (tag === "script") {
    // The app's own constant script (inlined with the request's nonce), kept as it is like a stylesheet, never closed early.
    const js = typeof children === "string" ? children : "";
    return `<script${attributes(props)}>${js.replaceAll("</", "<\\/")}</script>`;
  }
  const open = `<${tag}${attributes(props)}>`;
  if (VOID.has(tag)) return open;
  const inner = props.dangerouslySetInnerHTML as { __html?: string } | undefined;
  const body = inner?.__html ?? (await renderHtml(children, depth + 1));
  return `${open}${body}</${tag}>`;
}

/** A whole document: the doctype and the rendered <html> element. */
export async function renderDocument(node: ReactNode): Promise<string> {
  return `<!doctype html>${await renderHtml(node)}`;
}
