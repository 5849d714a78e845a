import "./globals.css";
import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
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

/**
 * Inter (the variable font of @fontsource-variable/inter, Latin), served and preloaded by Next with a fallback sized to
 * its metrics. "optional": a page never re-flows when the font arrives late; on a slow first visit the page keeps the
 * system font and the next page has Inter from the cache. Before, the font swapped in after the first paint and the
 * last link of a long navigation row jumped to the next row (layout shift 0.05–0.09 on the regie's and admin's desktop
 * pages: bench/web-vitals.ts --why named "Web font loaded").
 */
const inter = localFont({
  src: "../../../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "optional",
  variable: "--font-inter",
});

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale} className={inter.variable}>
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
