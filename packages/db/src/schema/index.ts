export * from "./audit";
export * from "./cases";
export * from "./people";
export * from "./users";
export * from "./documents";
