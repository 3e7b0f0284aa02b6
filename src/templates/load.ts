import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { templateSchema, type Template } from './schema.ts';
import { formatIssues } from '../schemas/format-issues.ts';

export class TemplateError extends Error {
  override name = 'TemplateError';
}

/** Validates one template's parsed data; every problem names the file and the path inside it. */
export function validateTemplate(file: string, data: unknown): Template {
  const result = templateSchema.safeParse(data);
  if (!result.success) {
    throw new TemplateError(`${file}: mallen följer inte schemat:\n${formatIssues(result.error.issues, data)}`);
  }
  const expectedId = basename(file).replace(/\.ya?ml$/, '');
  if (result.data.id !== expectedId) {
    throw new TemplateError(`${file}: id "${result.data.id}" ska vara samma som filnamnet ("${expectedId}")`);
  }
  return result.data;
}

/** Parses and validates one template file's text. */
export function parseTemplate(file: string, text: string): Template {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new TemplateError(`${file}: ogiltig YAML: ${(error as Error).message}`);
  }
  return validateTemplate(file, data);
}

/** Reads, parses and validates one template file: the one way in, for the content collection as for scripts. */
export const readTemplate = (file: string): Template => parseTemplate(file, readFileSync(file, 'utf8'));

/** Loads every template in a folder, sorted by id (for scripts and tests that run outside Astro). */
export function loadTemplates(dir = 'templates'): Template[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => readTemplate(join(dir, name)));
}
