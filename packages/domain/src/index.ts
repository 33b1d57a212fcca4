export * from "./age";
export * from "./case";
export * from "./countries";
export * from "./person";
export * from "./policy";
export * from "./programmes";
export * from "./roles";
