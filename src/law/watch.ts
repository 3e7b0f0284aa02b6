import type { StoredProvision } from '../schemas/stored-statute.ts';
import { provisionKey, type ParsedStatute } from './selex.ts';
import { comparable } from './provision-text.ts';
import type { StoredLaw } from './stored-statutes.ts';

export type ProvisionChange =
  | { kind: 'unchanged'; key: string; provision: StoredProvision }
  | { kind: 'changed'; key: string; provision: StoredProvision; paragraphs: number[]; newParagraphs: string[] }
  | { kind: 'removed'; key: string; provision: StoredProvision }
  | { kind: 'upcoming'; key: string; provision: StoredProvision; inForceFrom: string; newParagraphs: string[] };

const same = (a: string[], b: string[]) => a.length === b.length && a.every((text, i) => comparable(text) === comparable(b[i]!));

/** The stycken (1-based) that differ between two versions, counting added or removed stycken too. */
function changedParagraphs(before: string[], after: string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    if (before[i] === undefined || after[i] === undefined || comparable(before[i]!) !== comparable(after[i]!)) out.push(i + 1);
  }
  return out;
}

/**
 * Compares every stored provision of one statute with a newer consolidated text of the same statute:
 * unchanged, changed (with the stycken that differ), removed, or with a newer wording already enacted.
 */
export function compareWithNewer(stored: StoredLaw, newer: ParsedStatute): ProvisionChange[] {
  return stored.statute.provisions.map((provision): ProvisionChange => {
    const key = provisionKey(provision.chapter, provision.section);
    const now = newer.inForce.get(key);
    if (!now) return { kind: 'removed', key, provision };
    if (!same(provision.paragraphs, now.paragraphs)) {
      return { kind: 'changed', key, provision, paragraphs: changedParagraphs(provision.paragraphs, now.paragraphs), newParagraphs: now.paragraphs };
    }
    const next = newer.upcoming.get(key);
    if (next && !(provision.upcoming && same(provision.upcoming.paragraphs, next.paragraphs))) {
      return { kind: 'upcoming', key, provision, inForceFrom: next.inForceFrom!, newParagraphs: next.paragraphs };
    }
    return { kind: 'unchanged', key, provision };
  });
}
