import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { citationComponents, citationsIn, mdxTree } from '../markdown/citation-elements.ts';

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
 * through <Regel id> of a rule that rests on the entry, read from the page's Markdown tree (so a
 * citation in a code block or a comment does not count); templates through {{regel:id}}.
 */
export function citingFiles(root = '.'): CitingFiles {
  const byEntry = new Map<string, string[]>();
  const ruleEntries = new Map<string, string[]>();
  for (const file of globSync(`content/${citationComponents.Regel.folder}/*.{yaml,yml}`, { cwd: root }).sort()) {
    const id = file.replace(/^.*\/|\.ya?ml$/g, '');
    const data = parse(readFileSync(join(root, file), 'utf8')) as { lagrum?: unknown };
    const ids = Array.isArray(data?.lagrum) ? data.lagrum.filter((x): x is string => typeof x === 'string') : [];
    ruleEntries.set(id, ids);
    for (const entry of ids) add(byEntry, entry, file);
  }
  const rule = (id: string, file: string) => {
    for (const entry of ruleEntries.get(id) ?? []) add(byEntry, entry, file);
  };
  // Only MDX pages can use the citation components.
  for (const file of globSync('content/docs/**/*.mdx', { cwd: root }).sort()) {
    for (const { name, id } of citationsIn(mdxTree(readFileSync(join(root, file), 'utf8')))) {
      if (id === undefined) continue;
      if (name === 'Lagrum') add(byEntry, id, file);
      else if (name === 'Regel') rule(id, file);
    }
  }
  for (const file of globSync('templates/*.{yaml,yml}', { cwd: root }).sort()) {
    for (const [, id] of readFileSync(join(root, file), 'utf8').matchAll(/\{\{regel:([a-z0-9-]+)\}\}/g)) rule(id!, file);
  }
  return { byEntry };
}
