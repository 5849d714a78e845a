import { readFile } from "node:fs/promises";
import { guideImagePath } from "@/help/guides";

/** The guides' screenshots (docs/guide/img/*.png), for the in-app help. Nothing personal: demo data only. */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = guideImagePath((await params).file);
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(await readFile(file)), {
    headers: { "content-type": "image/png", "cache-control": "public, max-age=3600" },
  });
}
