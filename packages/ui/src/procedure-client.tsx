"use client";
import type { TRPCClient } from "@trpc/client";
import type { AnyRouter } from "@trpc/server";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef } from "react";

/**
 * How module forms call the platform's procedures (ADR 0041): through the web app's one Server Action, not the tRPC HTTP
 * client, so a module page carries no @trpc/client or superjson (Next's runtime already holds the action client, and
 * React's encoding carries dates, maps, sets and BigInt). The typed client keeps tRPC's types: `client.a.b.query(input)`
 * and `.mutate(input)` call the action with the page's tenant and the procedure's path, and a failure throws an Error
 * with the `message` and `data` a TRPCClientError had (./errors.ts reads both the same way).
 */

/** The web app's action (apps/web/src/server/procedure-action.ts), as the browser calls it. */
export type ProcedureAction = (
  tenant: string | null,
  path: string,
  type: "query" | "mutation",
  input: unknown,
) => Promise<
  | { ok: true; data: unknown }
  | { ok: false; error: { message: string; code: number; data: { code: string; httpStatus: number } & Record<string, unknown> } }
>;

export interface Procedures {
  action: ProcedureAction;
  /** The largest input, in megabytes, the action takes; a larger one is refused here with `tooLarge`, before it is sent. */
  maxMb: number;
  /** "The request is too large: at most … MB", in the person's language. */
  tooLarge: string;
}

const ProcedureContext = createContext<Procedures | null>(null);

/** Placed once by the web app, in the signed-in tenant layout (a server component passes the server action). */
export function ProcedureProvider({ children, action, maxMb, tooLarge }: Procedures & { children: ReactNode }) {
  // Every render of the layout (a router refresh after a save) brings a new reference to the same action: the clients
  // stay the same objects, or an effect that depends on one would run again (and, say, reset a form's choice).
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  }, [action]);
  const stable = useCallback<ProcedureAction>((...args) => latest.current(...args), []);
  const value = useMemo(() => ({ action: stable, maxMb, tooLarge }), [stable, maxMb, tooLarge]);
  return <ProcedureContext value={value}>{children}</ProcedureContext>;
}

/** The tenant of the page (/t/<slug>/…), sent with every call; the server checks the membership. */
export function tenantFromPath(): string | null {
  if (typeof window === "undefined") return null;
  return window.location.pathname.match(/^\/t\/([a-z0-9-]+)/)?.[1] ?? null;
}

/** A failed call, read like a TRPCClientError: its message as the server phrased it for people, and its data. */
export class ProcedureError extends Error {
  readonly data: Record<string, unknown>;
  readonly shape: unknown;
  constructor(shape: { message: string; data: Record<string, unknown> }) {
    super(shape.message);
    this.name = "TRPCClientError";
    this.data = shape.data;
    this.shape = shape;
  }
}

function inputBytes(input: unknown): number {
  try {
    const json = JSON.stringify(input, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
    return json === undefined ? 0 : new Blob([json]).size;
  } catch {
    return 0;
  }
}

async function call(p: Procedures, path: string, type: "query" | "mutation", input: unknown): Promise<unknown> {
  if (inputBytes(input) > Math.floor(p.maxMb * 1024 * 1024)) {
    throw new ProcedureError({
      message: p.tooLarge,
      data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413, params: { maxMb: p.maxMb } },
    });
  }
  const r = await p.action(tenantFromPath(), path, type, input);
  if (!r.ok) throw new ProcedureError(r.error);
  return r.data;
}

/** `client.a.b.query(input)` → call(path "a.b", "query"); every other step of the chain adds a segment. */
function procedureProxy(p: Procedures, path: readonly string[]): unknown {
  return new Proxy(() => {}, {
    get(_t, key) {
      if (typeof key !== "string" || key === "then") return undefined;
      if (key === "query" || key === "mutate") {
        return (input?: unknown) => call(p, path.join("."), key === "query" ? "query" : "mutation", input);
      }
      return procedureProxy(p, [...path, key]);
    },
  });
}

/** A typed client calling `p.action`: of one module's router (prefix: its id) or of the platform's whole router. */
export function createProcedureClient<R extends AnyRouter>(p: Procedures, prefix?: string): TRPCClient<R> {
  return procedureProxy(p, prefix ? [prefix] : []) as TRPCClient<R>;
}

function useProcedures(): Procedures {
  const p = useContext(ProcedureContext);
  if (!p) {
    throw new Error(
      "usePluginClient/usePlatformClient need <ProcedureProvider action={callProcedure}> above them (the web app places it in the signed-in tenant layout)",
    );
  }
  return p;
}

/** The typed client of one module's router, for that module's client components: calls go to "<module id>.<path>". */
export function usePluginClient<R extends AnyRouter>(moduleId: string): TRPCClient<R> {
  const p = useProcedures();
  return useMemo(() => createProcedureClient<R>(p, moduleId), [p, moduleId]);
}

/**
 * A typed client of core's routers (`usePlatformClient<typeof coreRouter>()`), for a client component that uses a core
 * procedure as it is (e.g. registering a person from a module's form: the same rules and scope as the People page).
 */
export function usePlatformClient<R extends AnyRouter>(): TRPCClient<R> {
  const p = useProcedures();
  return useMemo(() => createProcedureClient<R>(p), [p]);
}
