"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** The longest edge of a photo as the phone sends it (core re-encodes it again and drops its metadata). */
const EDGE = 1600;

/** A photo made smaller on the phone (a JPEG data: URL), so it fits the outbox and a slow network. */
async function shrink(file: File): Promise<string> {
  const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  const scale = Math.min(1, EDGE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext("2d")?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return canvas.toDataURL("image/jpeg", 0.8);
}

/**
 * A photo question at assisted entry: the phone's camera or a picture, made smaller here and kept with the answers
 * (in the encrypted outbox when offline); the server stores it through core's files, re-encoded without metadata.
 */
export function PhotoField({
  q: _q,
  id,
  label,
  value,
  onChange,
}: {
  q: unknown;
  id: string;
  label: string;
  value: string | undefined;
  onChange: (v: string | undefined) => void;
}) {
  const t = useTranslations("bevragingen.fields");
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="grid gap-2">
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {t("photoHint")}
      </p>
      <input
        id={id}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        capture="environment"
        aria-describedby={`${id}-hint`}
        className="block min-h-11 w-full text-base"
        onChange={async (e) => {
          setProblem(null);
          const file = e.target.files?.[0];
          if (!file) return;
          try {
            onChange(await shrink(file));
          } catch {
            setProblem(t("photoBad"));
            onChange(undefined);
          }
          e.target.value = "";
        }}
      />
      {problem ? (
        <p role="alert" className="text-sm text-red-800">
          {problem}
        </p>
      ) : null}
      {value ? (
        <div className="flex flex-wrap items-end gap-3">
          {/* biome-ignore lint/performance/noImgElement: a data: URL made on the phone, not a page asset */}
          <img src={value} alt={`${t("photoAdded")}: ${label}`} className="h-32 w-auto rounded-lg border border-slate-300" />
          <button type="button" className="min-h-11 underline" onClick={() => onChange(undefined)}>
            {t("photoRemove")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
