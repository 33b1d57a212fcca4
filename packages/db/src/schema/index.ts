export * from "./audit";
export * from "./case-record";
export * from "./cases";
export * from "./documents";
export * from "./people";
export * from "./person-records";
export * from "./users";
export * from "./workflow";
