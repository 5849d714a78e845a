"use server";
import { revalidatePath } from "next/cache";
import { serverApi } from "@/trpc/server";

/** Accepts or rejects a public upload in quarantine (a plain form post: works without JavaScript). */
export async function decidePublicFile(form: FormData): Promise<void> {
  const slug = String(form.get("slug") ?? "");
  await (await serverApi(slug)).files.decide({ id: String(form.get("fileId") ?? ""), accept: form.get("accept") === "yes" });
  revalidatePath(`/t/${slug}/contact/files`);
}
