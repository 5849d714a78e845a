/**
 * Helpers for the import/export integration tests (imported by *.int.test.ts only): the steps of an import as the
 * page takes them (and the core kit's local geocoder, re-exported).
 */
import { waitUntil } from "@zorgzaam/core/testing";
import type { partners } from "../test-support";

// The geocoder is played by the core test kit's local Nominatim server (one copy for core's and modules' tests).
export { type FakeNominatim, startNominatim } from "@zorgzaam/core/testing";

type Api = ReturnType<typeof partners>;

/** Uploads a file and previews it with the proposed mapping (or with changes to it). */
export async function uploadAndPreview(
  api: Api,
  fileName: string,
  bytes: Uint8Array,
  change?: (m: Awaited<ReturnType<Api["transfer"]["get"]>>["mapping"]) => void,
) {
  const up = await api.transfer.upload({ fileName, contentBase64: Buffer.from(bytes).toString("base64") });
  const got = await api.transfer.get({ id: up.id });
  const mapping = structuredClone(got.mapping);
  change?.(mapping);
  const preview = await api.transfer.preview({ id: up.id, mapping });
  return { id: up.id, upload: up, got, preview };
}

/** Starts the import and polls its status like the progress bar does, until it is done or failed. */
export async function startAndWait(api: Api, id: string, timeoutMs = 25_000) {
  await api.transfer.start({ id });
  const seen: number[] = [];
  let last: Awaited<ReturnType<Api["transfer"]["status"]>> | undefined;
  await waitUntil(
    async () => {
      last = await api.transfer.status({ id });
      seen.push(last.progress);
      return last.status === "done" || last.status === "failed" || last.status === "previewed";
    },
    timeoutMs,
    "the import job",
  );
  return { status: last as NonNullable<typeof last>, seen };
}
