/*
 * Swedish queries for Pagefind.
 *
 * Pagefind indexes each word under its stem: it folds diacritics (ä -> a) and then runs the
 * Swedish Snowball stemmer. A query word is stemmed the same way and matched as a prefix of the
 * stems in the index. The typed word thus finds its own pages, but other forms of it often stem
 * differently: "lättläst" is indexed as "lattl" (-ast cut), "lättlästa" as "lattlast", "umgänget"
 * as "umganget" (-et is not cut), "umgänge" as "umgang".
 *
 * So the query is cut to the shortest stem Pagefind gives any form of the word: the word with a
 * common ending cut off (cutEnding) and each ending put back on. That stem is a prefix of every
 * form's stem, so one query finds every form, the typed one included. Pagefind stems the query
 * once more, which only makes it shorter.
 */

// Longest first, so that "arna" is cut before "a".
const ENDINGS = ['arnas', 'ernas', 'ornas', 'arna', 'erna', 'orna', 'ens', 'ets', 'en', 'et', 'na', 'ar', 'er', 'or', 'e', 'a'];
const MIN_STEM = 4;

/** The word with a common Swedish ending cut off, keeping at least four letters: the forms of a word share it. */
export function cutEnding(word: string): string {
  const lower = word.normalize('NFC').toLocaleLowerCase('sv-SE');
  const ending = ENDINGS.find((candidate) => lower.endsWith(candidate) && [...lower].length - candidate.length >= MIN_STEM);
  return ending ? lower.slice(0, lower.length - ending.length) : lower;
}

// The Swedish Snowball stemmer (snowballstem.org/algorithms/swedish), on a word without diacritics.
const VOWEL = /[aeiouy]/;
const STEP1 = ['heterna', 'hetens', 'anden', 'andes', 'andet', 'arens', 'arnas', 'ernas', 'heten', 'heter', 'ornas', 'ande', 'aste', 'arna', 'arne', 'aren', 'ades', 'erna', 'erns', 'orna', 'ade', 'are', 'ast', 'ens', 'ern', 'het', 'ad', 'ar', 'as', 'at', 'en', 'er', 'es', 'or', 'a', 'e'];
const S_ENDING = /[bcdfghjklmnoprtvy]s$/;
const STEP2 = ['dd', 'gd', 'nn', 'dt', 'gt', 'kt', 'tt'];
const STEP3 = ['lig', 'els', 'ig'];

function regionOne(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (VOWEL.test(word[i - 1]!) && !VOWEL.test(word[i]!)) return Math.max(i + 1, 3);
  }
  return word.length;
}

/** The stem Pagefind indexes a Swedish word under. */
export function pagefindStem(word: string): string {
  let stem = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const r1 = regionOne(stem);
  const inR1 = (suffix: string) => stem.endsWith(suffix) && stem.length - suffix.length >= r1;
  const step1 = STEP1.find(inR1);
  if (step1) stem = stem.slice(0, -step1.length);
  else if (inR1('s') && S_ENDING.test(stem)) stem = stem.slice(0, -1);
  if (STEP2.some(inR1)) stem = stem.slice(0, -1);
  const step3 = STEP3.find(inR1);
  if (step3) stem = stem.slice(0, -step3.length);
  return stem;
}

/** The query word Pagefind receives: the shortest stem of any form of the word, in the word's own letters. */
export function swedishQueryWord(word: string): string {
  const lower = word.normalize('NFC').toLocaleLowerCase('sv-SE');
  const base = cutEnding(lower);
  const length = Math.min(...['', ...ENDINGS].map((ending) => [...pagefindStem(base + ending)].length));
  return [...lower].slice(0, length).join('');
}

/** The query Pagefind receives: each word cut to the stem all its forms share (hyphenated words left whole). */
export function swedishQuery(query: string): string {
  return query.replace(/(?<![-\p{L}])\p{L}+(?![-\p{L}])/gu, swedishQueryWord);
}
