import type { LegalReference } from '../schemas/legal-reference.ts';
import type { StoredProvision, StoredStatute } from '../schemas/stored-statute.ts';
import { lastAmendment, provisionKey, type ParsedStatute } from './selex.ts';
import { sectionsOf } from './provision-text.ts';

export const officialStatuteUrl = (sfs: string) => `https://rkrattsbaser.gov.se/sfst?bet=${sfs}`;

export const consolidationSource = 'Konsoliderad text ur Regeringskansliets rättsdatabas (SFS-K), i SE-Lex Markdown-format';

/** The provision keys that the entries cite in one statute, each with the ids of the entries. */
export function citedKeys(entries: { id: string; entry: LegalReference }[], sfs: string): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const { id, entry } of entries) {
    if (entry.sfs !== sfs || !entry.section) continue;
    for (const section of sectionsOf(entry.section)) {
      const key = provisionKey(entry.chapter, section);
      keys.set(key, [...(keys.get(key) ?? []), id]);
    }
  }
  return keys;
}

/** The stored text of one statute: the cited provisions, in the statute's order, as in force that day. */
export function storedStatuteFrom(parsed: ParsedStatute, keys: Set<string>, stored: string): { statute: StoredStatute; missing: string[] } {
  const provisions: StoredProvision[] = [];
  for (const [key, version] of parsed.inForce) {
    if (!keys.has(key)) continue;
    const upcoming = parsed.upcoming.get(key);
    provisions.push({
      ...(version.chapter ? { chapter: version.chapter } : {}),
      section: version.section,
      paragraphs: version.paragraphs,
      ...(version.lastAmendedBy ? { lastAmendedBy: version.lastAmendedBy } : {}),
      ...(version.inForceFrom ? { inForceFrom: version.inForceFrom } : {}),
      ...(upcoming ? { upcoming: { inForceFrom: upcoming.inForceFrom!, paragraphs: upcoming.paragraphs } } : {}),
    });
  }
  const amendedThrough = lastAmendment(parsed.header);
  return {
    statute: {
      sfs: parsed.header.sfs,
      title: parsed.header.title,
      source: consolidationSource,
      url: officialStatuteUrl(parsed.header.sfs),
      published: parsed.header.published,
      ...(amendedThrough ? { amendedThrough } : {}),
      stored,
      provisions,
    },
    missing: [...keys].filter((key) => !parsed.inForce.has(key)),
  };
}
