"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { useTRPC } from "@/trpc/client";
import { FamilyRefusal, type FamilyRefusalCode, familyRefusalCodes } from "./FamilyRefusal";

/** Takes a member out of the family (their case stays as it is), against the family's version. */
export function FamilyRemoveMember(props: {
  familyId: string;
  version: number;
  caseId: string;
  name: string;
}) {
  const t = useTranslations("family.remove");
  const trpc = useTRPC();
  const router = useRouter();
  const [refusal, setRefusal] = useState<FamilyRefusalCode[] | null>(null);
  const remove = useMutation(trpc.family.member.remove.mutationOptions());
  return (
    <div className="flex flex-col items-start gap-2">
      <Button
        variant="secondary"
        className="px-3 py-1"
        isDisabled={remove.isPending}
        onPress={() => {
          setRefusal(null);
          remove
            .mutateAsync({ familyId: props.familyId, version: props.version, caseId: props.caseId })
            .then(() => router.refresh())
            .catch((error: unknown) => setRefusal(familyRefusalCodes(error)));
        }}
      >
        {t("button", { name: props.name })}
      </Button>
      <FamilyRefusal codes={refusal} />
    </div>
  );
}
