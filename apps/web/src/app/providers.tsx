"use client";

import { useLocale } from "next-intl";
import { ThemeProvider } from "next-themes";
import type { ReactNode } from "react";
import { I18nProvider } from "react-aria-components";
import { TrpcProvider } from "@/trpc/client";

export function Providers({ children, nonce }: { children: ReactNode; nonce?: string }) {
  // The controls (dates above all) follow the app's language, not the browser's, on the server too.
  const locale = useLocale();
  return (
    <ThemeProvider
      attribute="class"
      defaultTheme="system"
      enableSystem
      disableTransitionOnChange
      nonce={nonce}
    >
      <I18nProvider locale={locale}>
        <TrpcProvider>{children}</TrpcProvider>
      </I18nProvider>
    </ThemeProvider>
  );
}
