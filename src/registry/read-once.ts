import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Parsed {
  text: string;
  value: unknown;
}

const parsed = new Map<string, Parsed>();

/**
 * Parses and validates a registry file once while its text stays the same, so that every reader of the file in
 * one process (a collection's loader and the templates' rule texts) takes the same result from the same
 * function. The key names the way of reading as well as the file: "lagrum" and "lagrum checked against
 * content/lagtext" are two results. A file that fails is not kept, so it fails again for the next reader.
 */
export function readOnce<T>(way: string, file: string, parse: (file: string, text: string) => T): T {
  const key = `${way}\n${resolve(file)}`;
  // Reading the bytes again is cheap; comparing them, not a time stamp, tells an edit within the same millisecond.
  const text = readFileSync(file, 'utf8');
  const kept = parsed.get(key);
  if (kept?.text === text) return kept.value as T;
  parsed.delete(key);
  const value = parse(file, text);
  parsed.set(key, { text, value });
  return value;
}
