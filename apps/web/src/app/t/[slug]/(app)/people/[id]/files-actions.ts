"use server";
import { TRPCError } from "@trpc/server";
import { appErrorOf, localeFromHeaders } from "@zorgzaam/core";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { serverApi } from "@/trpc/server";

export interface FileUploadState {
  error: string | null;
  /** Bumped on success, so the form can clear its file input. */
  done: number;
}

async function say(e: unknown): Promise<string> {
  if (e instanceof TRPCError) return appErrorOf(e)?.messageIn(localeFromHeaders(await headers())) ?? e.message;
  throw e;
}

/** Adds a file to a person (a plain form post: works without JavaScript). The server checks its content and size. */
export async function uploadPersonFile(prev: FileUploadState, form: FormData): Promise<FileUploadState> {
  const slug = String(form.get("slug") ?? "");
  const personId = String(form.get("personId") ?? "");
  const file = form.get("file");
  if (!(file instanceof File)) return { error: null, done: prev.done };
  try {
    const data = Buffer.from(await file.arrayBuffer()).toString("base64");
    await (await serverApi(slug)).files.uploadForPerson({ personId, name: file.name || "bestand", data });
  } catch (e) {
    return { error: await say(e), done: prev.done };
  }
  revalidatePath(`/t/${slug}/people/${personId}`);
  return { error: null, done: prev.done + 1 };
}

export async function removePersonFile(form: FormData): Promise<void> {
  const slug = String(form.get("slug") ?? "");
  const personId = String(form.get("personId") ?? "");
  await (await serverApi(slug)).files.remove({ id: String(form.get("fileId") ?? "") });
  revalidatePath(`/t/${slug}/people/${personId}`);
}
