import "./globals.css";
import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { FieldLimitTexts } from "@/components/limit-texts";
import { ClientMessages } from "@/i18n/client-messages";
import { ToastHost } from "@zorgzaam/ui/toast";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: "Zorgzaam", template: "%s · Zorgzaam" }, description: t("tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// No web font: the system's own (Roboto on Android, San Francisco on iOS, Segoe UI on Windows; Tailwind's `font-sans`).
// A web font cost every first visit 48 kB before the first text, public pages included (ADR 0040).

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        <ClientMessages>
          {/* The tRPC + TanStack Query provider is in the layouts of the segments whose forms use it. */}
          <FieldLimitTexts>{children}</FieldLimitTexts>
          <ToastHost />
        </ClientMessages>
      </body>
    </html>
  );
}
