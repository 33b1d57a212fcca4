"use client";

import { ThemeProvider } from "next-themes";
import type { ReactNode } from "react";
import { TrpcProvider } from "@/trpc/client";

export function Providers({ children, nonce }: { children: ReactNode; nonce?: string }) {
  return (
    <ThemeProvider
      attribute="class"
      defaultTheme="system"
      enableSystem
      disableTransitionOnChange
      nonce={nonce}
    >
      <TrpcProvider>{children}</TrpcProvider>
    </ThemeProvider>
  );
}
