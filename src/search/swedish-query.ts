/*
 * Swedish queries for Pagefind.
 *
 * Pagefind folds diacritics (ä -> a), stems each word with the Swedish Snowball stemmer and finds
 * every indexed stem that begins with the query's stem, so that a word still being typed already
 * finds pages. That is right for most words. But Snowball cuts some whole words far down:
 * "använde" becomes "anv", as if it were a participle in -ande, and the prefix "anv" matches
 * every word that begins with those letters (61 pages for a word that stands on 7).
 *
 * A query of one word that Snowball shortens by at least OVERSTEMMED letters is therefore sent in
 * quotes, which Pagefind matches against that stem exactly: the pages with any form of the word
 * and no other. A word being typed is seldom cut that much, and keeps the prefix match; a query
 * of several words is left as typed, since Pagefind reads quotes there as one phrase.
 */

// The Swedish Snowball stemmer (snowballstem.org/algorithms/swedish), on a word without diacritics (so its
// step-3 rule for -löst never applies: Pagefind has already made it -lost).
const VOWEL = /[aeiouy]/;
const STEP1 = [
  'heterna',
  'hetens',
  'anden',
  'andes',
  'andet',
  'arens',
  'arnas',
  'ernas',
  'heten',
  'heter',
  'ornas',
  'ande',
  'aste',
  'arna',
  'arne',
  'aren',
  'ades',
  'erna',
  'erns',
  'orna',
  'ade',
  'are',
  'ast',
  'ens',
  'ern',
  'het',
  'ad',
  'ar',
  'as',
  'at',
  'en',
  'er',
  'es',
  'or',
  'a',
  'e',
];
const S_ENDING = /[bcdfghjklmnoprtvy]s$/;
const STEP2 = ['dd', 'gd', 'nn', 'dt', 'gt', 'kt', 'tt'];
const STEP3 = ['lig', 'els', 'ig'];
const OVERSTEMMED = 3;

function regionOne(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (VOWEL.test(word[i - 1]!) && !VOWEL.test(word[i]!)) return Math.max(i + 1, 3);
  }
  return word.length;
}

/** A word as Pagefind reads it before stemming: lower case, diacritics folded. */
export function foldDiacritics(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The stem Pagefind indexes a Swedish word under. */
export function pagefindStem(word: string): string {
  let stem = foldDiacritics(word);
  const r1 = regionOne(stem);
  const inR1 = (suffix: string) => stem.endsWith(suffix) && stem.length - suffix.length >= r1;
  const step1 = STEP1.find(inR1);
  if (step1) stem = stem.slice(0, -step1.length);
  else if (inR1('s') && S_ENDING.test(stem)) stem = stem.slice(0, -1);
  if (STEP2.some(inR1)) stem = stem.slice(0, -1);
  const step3 = STEP3.find(inR1);
  if (step3) stem = stem.slice(0, -step3.length);
  else if (inR1('fullt')) stem = stem.slice(0, -1);
  return stem;
}

/** The query Pagefind receives: one far-stemmed word in quotes, anything else as typed. */
export function swedishQuery(query: string): string {
  const word = query.trim();
  if (!/^\p{L}+$/u.test(word)) return query;
  return foldDiacritics(word).length - pagefindStem(word).length >= OVERSTEMMED ? `"${word}"` : query;
}
