import type { z } from 'astro/zod';

/** Renders Zod issues as one line each: the path (with the offending field's id where known) and the message. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], data?: unknown): string {
  return issues
    .map((issue) => {
      const path = issue.path
        .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
        .join('')
        .replace(/^\./, '');
      const id = idAlong(data, issue.path);
      return `  - ${path || '(roten)'}${id ? ` (id "${id}")` : ''}: ${issue.message}`;
    })
    .join('\n');
}

/** The id of the deepest object along the path that has one, so the message points at a field by name. */
function idAlong(data: unknown, path: readonly PropertyKey[]): string | undefined {
  let node: unknown = data;
  let found: string | undefined;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    if (node && typeof node === 'object' && typeof (node as { id?: unknown }).id === 'string') {
      found = (node as { id: string }).id;
    }
  }
  return found;
}
