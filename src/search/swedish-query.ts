/*
 * Pagefind's Swedish stemmer (Snowball) leaves the neuter definite ending -et alone, so
 * "umgänget" and "umgänge" never meet in the index. Pagefind matches query words as
 * prefixes, so cutting common inflectional endings off the query ("umgänget" -> "umgäng")
 * lets one query find every form of the word.
 */

// Longest first, so that "arna" is cut before "a".
const ENDINGS = ['arnas', 'ernas', 'ornas', 'arna', 'erna', 'orna', 'ens', 'ets', 'en', 'et', 'na', 'ar', 'er', 'or', 'e', 'a'];
const MIN_STEM = 4;

export function stemSwedishWord(word: string): string {
  const lower = word.toLocaleLowerCase('sv-SE');
  for (const ending of ENDINGS) {
    if (lower.endsWith(ending) && [...lower].length - ending.length >= MIN_STEM) {
      return lower.slice(0, lower.length - ending.length);
    }
  }
  return lower;
}

/** The query Pagefind receives: each word cut to its stem. */
export function stemSwedishQuery(query: string): string {
  return query
    .split(/(\s+)/)
    .map((part) => (/^[\p{L}]+$/u.test(part) ? stemSwedishWord(part) : part))
    .join('');
}
