/** Wording of the `descriptives` analysis beyond the core messages: sentences for tables split by group. */
import { en as coreEn } from './en.ts';
import { id as coreId } from './id.ts';

/** The analysis type this wording belongs to: its key in a Locale's `units` (index.ts). */
export const key = 'descriptives';

export const en = {
  groupClause: (group: string, parts: string[]) => `in the ${group} group, ${coreEn.list(parts)}`,
  byGroup: (clauses: string[], ref: string) => `${coreEn.cap(clauses.join('; '))} (${ref}).`,
};

export const id: typeof en = {
  groupClause: (group, parts) => `pada kelompok ${group}, ${coreId.list(parts)}`,
  byGroup: (clauses, ref) => `${coreId.cap(clauses.join('; '))} (${ref}).`,
};
