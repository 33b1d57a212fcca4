"use client";

import { Button } from "@/components/ui/Button";

interface Props {
  /** The submit button's words. */
  submit: string;
  /** While the form's mutation runs, so a second press cannot send it again. */
  isPending: boolean;
  /** A button beside it that closes the form unsaved, where the form can be closed. */
  cancel?: { label: string; onPress: () => void } | undefined;
}

/** A form's submit button, with a cancel button beside it where the form was opened in place. */
export function FormActions({ submit, isPending, cancel }: Props) {
  return (
    <div className="flex gap-3">
      <Button type="submit" isDisabled={isPending}>
        {submit}
      </Button>
      {cancel ? (
        <Button variant="secondary" onPress={cancel.onPress}>
          {cancel.label}
        </Button>
      ) : null}
    </div>
  );
}
