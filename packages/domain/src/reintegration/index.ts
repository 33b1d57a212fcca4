/**
 * Reintegration of AVRR returnees: the plan's dimensions and support items, the monitoring schedule
 * (versioned reference data), the IOM Reintegration Sustainability Survey catalogue (versioned
 * reference data, **verify**) and its scoring, and the inputs of the procedures. No I/O.
 */
export * from "./monitoring-schedule";
export * from "./requests";
export * from "./survey-catalogue";
export * from "./survey-scoring";
export * from "./vocabulary";
