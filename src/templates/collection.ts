import { glob } from 'astro/loaders';
import { validateTemplate } from './load.ts';

/**
 * The loader of the `templates` content collection: one YAML file per template in templates/,
 * its file name the id. Each file is validated here, so a broken template stops the build with
 * the file and the field named in Swedish; in dev, a changed template reloads its pages.
 */
export function templatesLoader() {
  return glob({
    base: './templates',
    pattern: '*.{yaml,yml}',
    generateId: ({ entry, data }) => validateTemplate(`templates/${entry}`, data).id,
  });
}
