import { serveFile } from "@zorgzaam/core/files/index";
import { getSessionUser } from "@/auth/session";

/**
 * A stored file behind a signed, short-lived link made for one member by a permission-checked procedure
 * (packages/core/src/files). Without the member's session, with a changed or old link: 404 (410 when expired).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; variant: string }> }) {
  const { id, variant } = await params;
  const session = await getSessionUser();
  const served = await serveFile(id, variant, new URL(request.url).searchParams, session?.userId ?? null);
  return new Response(served.body ? new Uint8Array(served.body) : null, { status: served.status, headers: served.headers });
}
