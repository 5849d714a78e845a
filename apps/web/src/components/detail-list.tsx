import type { ReactNode } from "react";

/** A label/value list (dl) that stacks on phones and sits in two columns on wider screens. */
export function DetailList({ items }: { items: { label: ReactNode; value: ReactNode }[] }) {
  return (
    <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
      {items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of rows
        <div key={i} className="contents">
          <dt className="font-semibold text-slate-800">{item.label}</dt>
          <dd className="mb-2 text-slate-900 sm:mb-0">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
