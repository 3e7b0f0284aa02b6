import type { LegalReference } from '../schemas/legal-reference.ts';
import { formatLegalCitation } from '../registry/format.ts';
import { provisionKey } from './selex.ts';
import { missingQuotePart, paragraphNumbers, provisionText, sectionsOf } from './provision-text.ts';
import { storedStatuteFile, type StoredLaw } from './stored-statutes.ts';

export interface StatuteProblem {
  path: string[];
  message: string;
}

const shorten = (text: string) => (text.length > 90 ? `${text.slice(0, 90)}…` : text);

/**
 * What is wrong with an entry measured against the statute texts the project stores: an entry read in
 * the statute must cite a stored provision that exists and quote it word for word, and an entry whose
 * provision is stored may not say that it was never read.
 */
export function statuteProblems(entry: LegalReference, laws: Map<string, StoredLaw>): StatuteProblem[] {
  const law = laws.get(entry.sfs);
  const stored = law?.file ?? `content/lagtext/${storedStatuteFile(entry.sfs)}`;
  const citation = formatLegalCitation(entry);
  if (entry.article || !entry.section) {
    if (entry.reading.level === 'lagtext' && !entry.article) {
      return [{ path: ['section'], message: `section krävs när level är lagtext: ange paragrafen som citatet kommer från` }];
    }
    return [];
  }
  if (!law) {
    return entry.reading.level === 'lagtext'
      ? [
          {
            path: ['sfs'],
            message: `lagen ${entry.sfs} finns inte lagrad i ${stored}: lagra paragrafen med npm run lagtext:lagra innan du anger level: lagtext`,
          },
        ]
      : [];
  }
  const sections = sectionsOf(entry.section).map((section) => ({ section, provision: law.provisions.get(provisionKey(entry.chapter, section)) }));
  const missing = sections.filter((s) => !s.provision).map((s) => `${entry.chapter ? `${entry.chapter} kap. ` : ''}${s.section} §`);
  if (missing.length > 0) {
    if (entry.reading.level !== 'lagtext') return [];
    return [
      {
        path: ['section'],
        message: `${missing.join(', ')} finns inte i den lagrade lagtexten ${stored} (konsoliderad ${law.statute.published}): kontrollera kapitel och paragraf, eller lagra paragrafen med npm run lagtext:lagra`,
      },
    ];
  }
  if (entry.reading.level === 'ej-last') {
    return [
      {
        path: ['reading', 'level'],
        message: `${citation} finns i den lagrade lagtexten ${stored}: läs paragrafen där, citera den och ange level: lagtext`,
      },
    ];
  }
  if (entry.reading.level !== 'lagtext') return [];
  const problems: StatuteProblem[] = [];
  let paragraphs: number[] | undefined;
  if (entry.paragraph) {
    paragraphs = paragraphNumbers(entry.paragraph);
    const fewest = Math.min(...sections.map((s) => s.provision!.paragraphs.length));
    const beyond = paragraphs.filter((n) => n > fewest);
    if (beyond.length > 0) {
      const whole = formatLegalCitation({ ...entry, paragraph: undefined });
      problems.push({ path: ['paragraph'], message: `stycke ${beyond.join(', ')} finns inte: ${whole} har ${fewest} stycken i ${stored}` });
      paragraphs = undefined;
    }
  }
  const text = sections.map((s) => provisionText(s.provision!, paragraphs)).join('\n\n');
  const notFound = missingQuotePart(text, entry.reading.quote);
  if (notFound !== undefined) {
    problems.push({
      path: ['reading', 'quote'],
      message: `citatet står inte ordagrant i ${citation} i ${stored} (konsoliderad ${law.statute.published}): "${shorten(notFound)}" finns inte där`,
    });
  }
  return problems;
}
