import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getSessionUser } from "@/auth/session";
import { currentPath } from "@/lib/path";

/** Page guard for the platform console: signed in, and a platform operator. */
export async function requireOperator() {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?next=${encodeURIComponent(await currentPath())}`);
  if (!user.isOperator) forbidden();
  return user;
}
