import { execFileSync } from 'node:child_process';
import { foldDiacritics } from '../../src/search/swedish-query.ts';

const stemmer = String.raw`
import json, snowballstemmer, sys
stem = snowballstemmer.stemmer('swedish').stemWord
print(json.dumps([stem(word) for word in json.load(sys.stdin)]))
`;

/**
 * Each word's Swedish stem by the Snowball project's own stemmer (Python's snowballstemmer), a stemmer we
 * did not write, on the word as Pagefind stems it: lower case, diacritics folded.
 */
export function snowballStems(words: Iterable<string>): Map<string, string> {
  const list = [...new Set(words)];
  const input = JSON.stringify(list.map(foldDiacritics));
  const stems = JSON.parse(execFileSync('/usr/bin/python3', ['-c', stemmer], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as string[];
  return new Map(list.map((word, i) => [word, stems[i]!]));
}
