import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface CitingFiles {
  /** Files that cite each legal-registry id: pages, rules and templates. */
  byEntry: Map<string, string[]>;
}

const add = (map: Map<string, string[]>, id: string, file: string) => {
  const files = map.get(id) ?? [];
  if (!files.includes(file)) map.set(id, [...files, file]);
};

/**
 * Which pages, rules and templates cite each legal-registry entry: pages through <Lagrum id> and
 * through <Regel id> of a rule that rests on the entry; templates through {{regel:id}}.
 */
export function citingFiles(root = '.'): CitingFiles {
  const byEntry = new Map<string, string[]>();
  const ruleEntries = new Map<string, string[]>();
  for (const file of globSync('content/regler/*.{yaml,yml}', { cwd: root }).sort()) {
    const id = file.replace(/^.*\/|\.ya?ml$/g, '');
    const data = parse(readFileSync(join(root, file), 'utf8')) as { lagrum?: unknown };
    const ids = Array.isArray(data?.lagrum) ? data.lagrum.filter((x): x is string => typeof x === 'string') : [];
    ruleEntries.set(id, ids);
    for (const entry of ids) add(byEntry, entry, file);
  }
  const files = [...globSync('content/docs/**/*.{md,mdx}', { cwd: root }), ...globSync('templates/*.{yaml,yml}', { cwd: root })].sort();
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const [, id] of text.matchAll(/<Lagrum\s+id="([^"]+)"/g)) add(byEntry, id!, file);
    for (const [, rule] of text.matchAll(/<Regel\s+id="([^"]+)"|\{\{regel:([a-z0-9-]+)\}\}/g).map((m) => [m[0], m[1] ?? m[2]])) {
      for (const entry of ruleEntries.get(rule!) ?? []) add(byEntry, entry, file);
    }
  }
  return { byEntry };
}
