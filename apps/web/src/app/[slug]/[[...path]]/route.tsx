import { publicGet, publicPost } from "@/public/site";

/** The tenant's public site: /<slug>/… (staff pages are under /t/<slug>). Plain HTML without JavaScript. */
type Ctx = { params: Promise<{ slug: string; path?: string[] }> };

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: Ctx) {
  const { slug, path = [] } = await params;
  return publicGet(req, decodeURIComponent(slug), path.map(decodeURIComponent));
}

export async function POST(req: Request, { params }: Ctx) {
  const { slug, path = [] } = await params;
  return publicPost(req, decodeURIComponent(slug), path.map(decodeURIComponent));
}
