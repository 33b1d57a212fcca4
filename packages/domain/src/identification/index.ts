/**
 * Trafficking identification (domain brief §2, §3, §5, §6): vocabularies, the ILO indicator catalogue
 * as versioned data, the dimension and combination rules, `assessIdentification` (the explainable
 * assessment), the HTCDS profile, the reflection period, and the request schemas. Pure.
 */
export * from "./assess";
export * from "./explanation-en";
export * from "./facts";
export * from "./ilo-catalogue";
export * from "./ilo-catalogue-2009";
export * from "./profile";
export * from "./reflection-period";
export * from "./requests";
export * from "./rules";
export * from "./vocabulary";
