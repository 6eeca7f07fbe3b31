/**
 * The roles a body plays for a task, in the order pages list them. Kept free
 * of zod so that browser code (the search page) can use it without bundling
 * the schema library; src/lib/schema/agency.ts builds its enum from it.
 */
export const ROLES = ['lead', 'cooperating', 'supervising'] as const;
export type Role = (typeof ROLES)[number];
