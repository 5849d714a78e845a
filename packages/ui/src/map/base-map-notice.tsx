"use client";

/** One line over the top of the map: the base map is missing, the project's own layers are still there. */
export function BaseMapNotice({ text }: { text: string }) {
  return (
    <p
      role="status"
      data-testid="base-map-notice"
      className="pointer-events-none absolute top-2 left-2 z-10 max-w-[calc(100%-4rem)] rounded-md bg-white/95 px-2 py-1 text-sm text-slate-900 shadow [overflow-wrap:anywhere]"
    >
      {text}
    </p>
  );
}
