import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { formatIssues } from './format-issues.ts';

/**
 * Reads one YAML file of a registry and checks it against its schema, for scripts and build steps that
 * run outside Astro's content layer. Every problem throws the given error type with the file named:
 * "<file>: ogiltig YAML: …" or "<file>: <what> följer inte schemat:" and one line per field.
 */
export function readYamlFile<S extends z.ZodType>(file: string, schema: S, what: string, Failure: new (message: string) => Error): z.infer<S> {
  return parseYamlText(file, readFileSync(file, 'utf8'), schema, what, Failure);
}

/** The same for a file's text already read: `file` only names it in the errors. */
export function parseYamlText<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  what: string,
  Failure: new (message: string) => Error,
): z.infer<S> {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Failure(`${file}: ogiltig YAML: ${(error as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new Failure(`${file}: ${what} följer inte schemat:\n${formatIssues(result.error.issues, data)}`);
  return result.data;
}
