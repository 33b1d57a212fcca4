"use client";

import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import { useEffect, useState, useTransition } from "react";
import { Button } from "@/components/ui/Button";
import { SelectField } from "@/components/ui/SelectField";
import { setLocale } from "@/i18n/actions";
import { LOCALES } from "@/i18n/locales";

export function LanguageSelect() {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [, startTransition] = useTransition();
  return (
    <div className="w-36">
      <SelectField
        label={t("shell.language")}
        selectedKey={locale}
        options={LOCALES.map((l) => ({ id: l, label: t(`locales.${l}`) }))}
        onSelectionChange={(key) =>
          startTransition(async () => {
            await setLocale(String(key));
            router.refresh();
          })
        }
      />
    </div>
  );
}

export function ThemeSelect() {
  const t = useTranslations("shell");
  const { theme, setTheme } = useTheme();
  // The stored theme is only known in the browser; render the control after mounting to avoid a mismatch.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return (
    <div className="w-32">
      <SelectField
        label={t("theme")}
        selectedKey={mounted ? (theme ?? "system") : "system"}
        options={[
          { id: "light", label: t("themeLight") },
          { id: "dark", label: t("themeDark") },
          { id: "system", label: t("themeSystem") },
        ]}
        onSelectionChange={(key) => setTheme(String(key))}
      />
    </div>
  );
}

export function SignOutButton() {
  const t = useTranslations("shell");
  return (
    <Button variant="secondary" onPress={() => signOut({ callbackUrl: "/signin" })}>
      {t("signOut")}
    </Button>
  );
}
