"use server";
import { TRPCError } from "@trpc/server";
import { appErrorOf, localeFromHeaders } from "@zorgzaam/core";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { serverApi } from "@/trpc/server";

export interface LogoUploadState {
  error: string | null;
  /** Bumped on success, so the form can clear its file input. */
  done: number;
}

async function say(e: unknown): Promise<string> {
  if (e instanceof TRPCError) return appErrorOf(e)?.messageIn(localeFromHeaders(await headers())) ?? e.message;
  throw e;
}

/** Sets the project's logo (a plain form post: works without JavaScript). The server checks its content and size. */
export async function uploadLogo(prev: LogoUploadState, form: FormData): Promise<LogoUploadState> {
  const slug = String(form.get("slug") ?? "");
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { error: null, done: prev.done };
  try {
    const data = Buffer.from(await file.arrayBuffer()).toString("base64");
    await (await serverApi(slug)).publicSite.setLogo({ name: file.name || "logo", data });
  } catch (e) {
    return { error: await say(e), done: prev.done };
  }
  revalidatePath(`/t/${slug}/settings`);
  return { error: null, done: prev.done + 1 };
}

/** Removes the project's logo: the public site shows the name's initials again. */
export async function removeLogo(form: FormData): Promise<void> {
  const slug = String(form.get("slug") ?? "");
  await (await serverApi(slug)).publicSite.removeLogo();
  revalidatePath(`/t/${slug}/settings`);
}
