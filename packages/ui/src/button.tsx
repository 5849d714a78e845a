import type { ComponentPropsWithRef, ReactNode } from "react";
import { cx } from "./cx";

type Variant = "primary" | "secondary" | "danger" | "ghost";

const styles: Record<Variant, string> = {
  primary: "bg-teal-800 text-white hover:bg-teal-900 focus-visible:outline-teal-800",
  secondary: "border border-slate-400 bg-white text-slate-900 hover:bg-slate-100 focus-visible:outline-teal-800",
  danger: "bg-red-700 text-white hover:bg-red-800 focus-visible:outline-red-700",
  ghost: "text-teal-900 hover:bg-teal-50 focus-visible:outline-teal-800",
};

export function buttonClass(variant: Variant = "primary", extra?: string) {
  return cx(
    "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 py-2 text-base font-medium no-underline",
    "focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-60",
    styles[variant],
    extra,
  );
}

export function Button({
  variant = "primary",
  className,
  children,
  type = "button",
  ...rest
}: ComponentPropsWithRef<"button"> & { variant?: Variant; children: ReactNode }) {
  return (
    <button type={type} className={buttonClass(variant, className)} {...rest}>
      {children}
    </button>
  );
}
