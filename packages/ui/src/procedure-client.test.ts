import type { AnyRouter } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { errorAppCode, errorCode, errorMessage, errorParams, fieldErrors } from "./errors";
import { createProcedureClient, type ProcedureAction, type Procedures } from "./procedure-client";

type Untyped = Record<string, Record<string, { query: (i?: unknown) => Promise<unknown>; mutate: (i?: unknown) => Promise<unknown> }>>;

function client(action: ProcedureAction, prefix?: string, maxMb = 1): Untyped {
  const p: Procedures = { action, maxMb, tooLarge: "Te groot: ten hoogste 1 MB." };
  return createProcedureClient<AnyRouter>(p, prefix) as unknown as Untyped;
}

describe("the procedure client (ADR 0041)", () => {
  it("turns client.a.b.query(input) / .mutate(input) into the action with the module's path and the type", async () => {
    const calls: unknown[][] = [];
    const api = client(async (...args) => {
      calls.push(args);
      return { ok: true, data: { at: new Date(0) } };
    }, "reflectie");
    expect(await api.sessions?.get?.query({ id: "x" })).toEqual({ at: new Date(0) });
    await api.sessions?.save?.mutate({ id: "y" });
    // Outside a browser there is no page path: no tenant.
    expect(calls).toEqual([
      [null, "reflectie.sessions.get", "query", { id: "x" }],
      [null, "reflectie.sessions.save", "mutation", { id: "y" }],
    ]);
  });

  it("a failure throws an Error that errors.ts reads as it read a TRPCClientError", async () => {
    const api = client(async () => ({
      ok: false,
      error: {
        message: "Ce secteur n'existe pas.",
        code: -32600,
        data: {
          code: "BAD_REQUEST",
          httpStatus: 400,
          appCode: "partners.sector.unknown",
          params: { key: "x" },
          fields: { "sectorKeys.0": "Non" },
        },
      },
    }));
    const e = await api.actors?.create?.mutate({}).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Error);
    expect(errorMessage(e)).toBe("Ce secteur n'existe pas.");
    expect(errorCode(e)).toBe("BAD_REQUEST");
    expect(errorAppCode(e)).toBe("partners.sector.unknown");
    expect(errorParams(e)).toEqual({ key: "x" });
    expect(fieldErrors(e)).toEqual({ sectorKeys: "Non" });
  });

  it("an input over the limit is refused before it is sent, with the limit named", async () => {
    let sent = false;
    const api = client(async () => {
      sent = true;
      return { ok: true, data: null };
    });
    const e = await api.a?.b?.mutate({ text: "x".repeat(1_100_000) }).catch((x: unknown) => x);
    expect(sent).toBe(false);
    expect(errorMessage(e)).toBe("Te groot: ten hoogste 1 MB.");
    expect(errorCode(e)).toBe("PAYLOAD_TOO_LARGE");
    expect(errorParams(e)).toEqual({ maxMb: 1 });
  });
});
