// What an adapter-health report may name (issue 12 item 4), without zod: the content script tallies fields with
// these, and importing the schema module would put zod (half of the script, built at every page load) into it
// (issue 15, flagging cost). The schema in adapter-health.ts checks reports with the same two values.

/** Field names as the adapters note them: text, author, time, likes, unit … */
export const HEALTH_FIELD_NAME = /^[A-Za-z]{1,24}$/;
export const MAX_HEALTH_FIELDS = 40;
