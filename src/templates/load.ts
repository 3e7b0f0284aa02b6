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

/** Parses and validates one template file (for scripts and tests that run outside Astro). */
export function parseTemplate(file: string, text: string): Template {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new TemplateError(`${file}: ogiltig YAML: ${(error as Error).message}`);
  }
  return validateTemplate(file, data);
}

/** Loads every template in a folder, sorted by id. */
export function loadTemplates(dir = 'templates'): Template[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => parseTemplate(join(dir, name), readFileSync(join(dir, name), 'utf8')));
}
