import type { PersonCreateInput } from "@kelias/domain";
import type { Control } from "react-hook-form";
import type { PersonFormValues } from "./person-form-values";

/** The person form's control, as each of its sections takes it. */
export type PersonControl = Control<PersonFormValues, unknown, PersonCreateInput>;
