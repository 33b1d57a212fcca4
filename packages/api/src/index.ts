/** Safe to import from client code: types only. */
export type { AppRouter } from "./root";
export type { RouterInputs, RouterOutputs } from "./types";
