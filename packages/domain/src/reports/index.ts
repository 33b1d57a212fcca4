export * from "./age-bands";
export * from "./bulk-reassign";
export * from "./case-filter";
export * from "./csv";
export * from "./ctdc";
export * from "./export-columns";
export * from "./k-anonymity";
export * from "./period";
