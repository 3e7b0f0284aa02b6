import type { ParsedStatute } from './selex.ts';
import type { StoredLaw } from './stored-statutes.ts';
import type { ProvisionChange } from './watch.ts';
import { formatParagraph } from '../registry/format.ts';

const where = (change: ProvisionChange) => `${change.provision.chapter ? `${change.provision.chapter} kap. ` : ''}${change.provision.section} §`;

/** The Swedish report for one statute: one line per provision, and for a change, who cites it. */
export function formatWatchReport(input: {
  file: string;
  stored: StoredLaw;
  newer: ParsedStatute;
  result: ProvisionChange[];
  entriesByKey: Map<string, string[]>;
  citing: Map<string, string[]>;
}): string {
  const { file, stored, newer, result, entriesByKey, citing } = input;
  const lines = [
    `${stored.statute.title} (SFS ${stored.statute.sfs}): lagrad text konsoliderad ${stored.statute.published}, ny text ${file} konsoliderad ${newer.header.published}`,
  ];
  for (const change of result) {
    const label =
      change.kind === 'unchanged'
        ? 'oförändrad'
        : change.kind === 'removed'
          ? 'finns inte längre (upphävd eller flyttad)'
          : change.kind === 'changed'
            ? `ändrad lydelse i ${change.paragraphs.map((n) => formatParagraph(String(n))).join(', ')}`
            : `ny lydelse från ${change.inForceFrom}`;
    lines.push(`  ${where(change)}: ${label}`);
    if (change.kind === 'unchanged') continue;
    for (const id of entriesByKey.get(change.key) ?? []) {
      lines.push(`    lagrum ${id} (content/lagrum/${id}.yaml)`);
      for (const citingFile of citing.get(id) ?? []) lines.push(`      citeras i ${citingFile}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
