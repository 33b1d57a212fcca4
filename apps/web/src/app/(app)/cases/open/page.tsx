import { caseFindByReferenceInput } from "@kelias/domain";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CaseReferenceForm } from "@/components/cases/CaseReferenceForm";
import { api, orPageError } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases.openByReference"))("title") };
}

/**
 * Finds a case by its reference and goes to it. A case the reader may not open is answered like
 * one that does not exist.
 */
export default async function OpenCaseByReferencePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations("cases.openByReference");
  const raw = (await searchParams).reference;
  const typed = typeof raw === "string" ? raw : "";
  let error: string | null = null;
  if (typed !== "") {
    const parsed = caseFindByReferenceInput.safeParse({ reference: typed });
    if (!parsed.success) error = t("invalid");
    else {
      const found = await orPageError(
        (await api()).case.findByReference(parsed.data).catch((failure: unknown) => {
          if (failure instanceof TRPCError && failure.code === "NOT_FOUND") return null;
          throw failure;
        }),
      );
      if (found) redirect(`/cases/${found.id}`);
      error = t("notFound", { reference: parsed.data.reference });
    }
  }
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <div className="mt-4">
        <CaseReferenceForm value={typed} error={error} />
      </div>
    </>
  );
}
