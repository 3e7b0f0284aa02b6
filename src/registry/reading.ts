import type { Reading, ReadingLevel } from '../schemas/legal-reference.ts';

/** How far each entry was read, in the words the reader sees on /om/lagrum/. */
export const readingLevelLabel: Record<ReadingLevel, string> = {
  lagtext: 'Läst i lagtexten',
  forarbete: 'Läst i förarbetena, inte i lagtexten',
  'ej-last': 'Inte kontrollerat mot lagtexten',
};

/** The short marker beside a citation in running text; none for entries read in the statute. */
export const citationMarker: Record<ReadingLevel, string | undefined> = {
  lagtext: undefined,
  forarbete: 'läst i förarbetena',
  'ej-last': 'ej kontrollerat mot lagtexten',
};

/** What kind of text the wording was read in. */
export const readingSourceLabel: Record<NonNullable<Reading['source']>, string> = {
  sfs: 'lagtexten i Svensk författningssamling',
  konsoliderad: 'konsoliderad lagtext',
  proposition: 'propositionens lagförslag',
  betankande: 'utskottets betänkande',
  jo: 'JO-beslut',
  domstol: 'domstolsavgörande',
  sekundar: 'annan källa än lagtexten',
};
