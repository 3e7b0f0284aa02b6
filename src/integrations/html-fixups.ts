import type { AstroIntegration } from 'astro';
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Repairs markup that comes from dependencies and fails the W3C Nu HTML Checker:
 * Starlight's sidebar persister writes <script aria-hidden="true">, and ARIA attributes are
 * not allowed on script elements. Removing the attribute changes nothing for anyone.
 */
export function fixHtml(html: string): string {
  return html.replace(/<script([^>]*?)\saria-hidden="true"/g, '<script$1');
}

export default function htmlFixups(): AstroIntegration {
  return {
    name: 'umgangeshandboken:html-fixups',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of globSync(`${fileURLToPath(dir)}/**/*.html`)) {
          const html = readFileSync(file, 'utf8');
          const fixed = fixHtml(html);
          if (fixed !== html) writeFileSync(file, fixed);
        }
      },
    },
  };
}
