"use client";
import { type ReactNode, useId, useRef } from "react";
import { Button } from "./button";

type Variant = "primary" | "secondary" | "danger" | "ghost";

/**
 * A button that asks before doing something that cannot be undone. Uses the native modal <dialog>: it keeps focus
 * inside while open, closes with Escape, and gives focus back to the button afterwards.
 */
export function ConfirmButton({
  children,
  title,
  body,
  confirmLabel,
  cancelLabel,
  onConfirm,
  variant = "danger",
  confirmVariant = "danger",
  disabled,
  className,
  "aria-label": ariaLabel,
}: {
  children: ReactNode;
  title: ReactNode;
  body?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  /** How the button that opens the question looks. */
  variant?: Variant;
  /** How the button that confirms looks (danger unless the action is harmless). */
  confirmVariant?: Variant;
  disabled?: boolean;
  className?: string;
  "aria-label"?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <Button
        variant={variant}
        className={className}
        disabled={disabled}
        aria-label={ariaLabel}
        aria-haspopup="dialog"
        onClick={() => ref.current?.showModal()}
      >
        {children}
      </Button>
      <dialog
        ref={ref}
        aria-labelledby={titleId}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-slate-300 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        {body ? <div className="mt-2 text-slate-800">{body}</div> : null}
        <div className="mt-5 flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={() => ref.current?.close()} autoFocus>
            {cancelLabel}
          </Button>
          <Button
            variant={confirmVariant}
            onClick={() => {
              ref.current?.close();
              onConfirm();
            }}
          >
            {confirmLabel}
          </Button>
        </div>
      </dialog>
    </>
  );
}
