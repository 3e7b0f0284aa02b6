import { readdirSync } from 'node:fs';

/**
 * The ids of the templates in a folder: their file names. The link check at config time needs
 * only these; the templates collection reads and validates the files themselves.
 */
export function templateIds(dir = 'templates'): Set<string> {
  return new Set(
    readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => name.replace(/\.ya?ml$/, '')),
  );
}

/** A site link to a template's page, PDF or Word document, and the template's id; undefined for other links. */
export function templateOfLink(link: string): string | undefined {
  return /^\/mallar\/([a-z0-9-]+)(?:\/|\.pdf|\.docx)$/.exec(link.replace(/[?#].*$/, ''))?.[1];
}
