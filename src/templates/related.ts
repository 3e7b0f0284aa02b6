import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Template } from './schema.ts';

/** Every `related` path must be a page in content/docs, or the template page would link nowhere. */
export function findMissingRelatedPages(templates: Template[], docsDir: string): string[] {
  return templates.flatMap((template) =>
    template.related
      .filter((path) => {
        const slug = path.replace(/^\/|\/$/g, '');
        return !['.mdx', '.md', '/index.mdx', '/index.md'].some((ending) => existsSync(join(docsDir, `${slug}${ending}`)));
      })
      .map((path) => `templates/${template.id}.yaml: related "${path}" är ingen sida i content/docs`),
  );
}
