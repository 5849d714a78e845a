import { Button, Card } from "@zorgzaam/ui";
import { getFormatter, getTranslations } from "next-intl/server";
import { FileUploadForm } from "./files-card";
import { removePersonFile } from "./files-actions";

interface FileItem {
  id: string;
  name: string;
  mimeType: string;
  byteSize: number;
  createdAt: Date;
  url: string;
  thumbUrl: string | null;
}

/** Photos and letters attached to a person; links are signed for the reader and work for ten minutes. */
export async function PersonFiles({
  slug,
  personId,
  files,
  canManage,
  maxMb,
}: {
  slug: string;
  personId: string;
  files: FileItem[];
  canManage: boolean;
  maxMb: number;
}) {
  const t = await getTranslations("files");
  const format = await getFormatter();
  return (
    <Card title={t("title")}>
      {files.length ? (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {files.map((f) => (
            <li key={f.id} className="min-w-0 rounded-lg border border-slate-300 p-2">
              <a href={f.url} className="block" target={f.thumbUrl ? "_blank" : undefined} rel="noreferrer">
                {f.thumbUrl ? (
                  // biome-ignore lint/performance/noImgElement: signed, short-lived links; next/image would cache them
                  <img
                    src={f.thumbUrl}
                    alt={t("photoAlt", { name: f.name })}
                    className="aspect-square w-full rounded object-cover"
                    loading="lazy"
                  />
                ) : (
                  <span className="flex aspect-square w-full items-center justify-center rounded bg-slate-100 text-sm font-semibold text-slate-800">
                    {t("document")}
                  </span>
                )}
                <span className="mt-1 block break-words text-sm text-slate-900">{f.name}</span>
              </a>
              <span className="block text-xs text-slate-700">
                {format.dateTime(f.createdAt, { dateStyle: "medium" })} ·{" "}
                {format.number(f.byteSize / 1024 / 1024, { maximumFractionDigits: 1 })} MB
              </span>
              {canManage ? (
                <form action={removePersonFile} className="mt-1">
                  <input type="hidden" name="slug" value={slug} />
                  <input type="hidden" name="personId" value={personId} />
                  <input type="hidden" name="fileId" value={f.id} />
                  <Button type="submit" variant="secondary" aria-label={t("removeNamed", { name: f.name })}>
                    {t("remove")}
                  </Button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">{t("none")}</p>
      )}
      {canManage ? <FileUploadForm slug={slug} personId={personId} maxMb={maxMb} /> : null}
      <p className="mt-3 text-sm text-slate-700">{t("privacy")}</p>
    </Card>
  );
}
