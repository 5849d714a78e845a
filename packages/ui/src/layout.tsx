import { type ReactNode, useId } from "react";
import { cx } from "./cx";

export function PageHeader({ title, description, actions }: { title: ReactNode; description?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{title}</h1>
        {description ? <p className="mt-1 max-w-prose text-slate-700">{description}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}

export function Card({
  title,
  children,
  className,
  actions,
}: {
  title?: ReactNode;
  children: ReactNode;
  className?: string;
  actions?: ReactNode;
}) {
  return (
    <section className={cx("rounded-xl border border-slate-300 bg-white p-4 shadow-sm sm:p-5", className)}>
      {title || actions ? (
        <div className="mb-3 flex items-center justify-between gap-2">
          {title ? <h2 className="text-lg font-semibold text-slate-900">{title}</h2> : <span />}
          {actions}
        </div>
      ) : null}
      {children}
    </section>
  );
}

export function EmptyState({ title, children, action }: { title: ReactNode; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="rounded-xl border border-dashed border-slate-400 bg-slate-50 p-6 text-center">
      <p className="font-semibold text-slate-900">{title}</p>
      {children ? <div className="mx-auto mt-1 max-w-prose text-slate-700">{children}</div> : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}

export function Badge({ children, tone = "neutral" }: { children: ReactNode; tone?: "neutral" | "good" | "warn" | "bad" }) {
  const tones = {
    neutral: "bg-slate-100 text-slate-800 border-slate-300",
    good: "bg-green-50 text-green-900 border-green-300",
    warn: "bg-amber-50 text-amber-900 border-amber-300",
    bad: "bg-red-50 text-red-900 border-red-300",
  } as const;
  return <span className={cx("inline-flex items-center rounded-full border px-2 py-0.5 text-sm", tones[tone])}>{children}</span>;
}

export function Alert({ children, tone = "info", title }: { children: ReactNode; tone?: "info" | "error" | "success"; title?: ReactNode }) {
  const tones = {
    info: "border-sky-300 bg-sky-50 text-sky-950",
    error: "border-red-300 bg-red-50 text-red-950",
    success: "border-green-300 bg-green-50 text-green-950",
  } as const;
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cx("rounded-lg border p-3", tones[tone])}>
      {title ? <p className="font-semibold">{title}</p> : null}
      <div>{children}</div>
    </div>
  );
}

/** A table that scrolls sideways on a phone instead of breaking the page. */
export function DataTable({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    // Focusable, so keyboard users can scroll a wide table sideways (WCAG 2.1.1); named by the caption. `relative` keeps
    // screen-reader-only text inside the table from widening the page on a phone.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section aria-labelledby={id} tabIndex={0} className="relative overflow-x-auto rounded-xl border border-slate-300 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2 [&_th]:font-semibold [&_th]:text-slate-900">
        <caption id={id} className="sr-only">
          {caption}
        </caption>
        {children}
      </table>
    </section>
  );
}
