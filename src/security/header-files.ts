import { securityHeaders } from './csp.ts';

/*
 * The headers as the files a static host reads: `_headers` for Netlify and Cloudflare Pages, a snippet
 * for nginx. The security headers go with every address. Astro names each file in /_astro/ by a hash of
 * its content, so a changed file gets a new name: a browser may keep those files for a year without
 * asking again, and a reader's second page loads only its own HTML.
 */

export interface HeaderRule {
  /** An address, or a prefix ending in `*`, as in `_headers`. */
  path: string;
  headers: Record<string, string>;
}

const HASHED_ASSETS: HeaderRule = { path: '/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } };

export function headerRules(scriptHashes: Iterable<string>): HeaderRule[] {
  return [{ path: '/*', headers: securityHeaders(scriptHashes) }, HASHED_ASSETS];
}

export function toHeadersFile(rules: HeaderRule[]): string {
  return rules
    .map(
      ({ path, headers }) =>
        `${path}\n${Object.entries(headers)
          .map(([name, value]) => `  ${name}: ${value}`)
          .join('\n')}\n`,
    )
    .join('\n');
}

const nginxLines = (headers: Record<string, string>, indent = '') =>
  Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} "${value}" always;`);

/**
 * For nginx: include this file in the server block that serves the site. A location with an add_header
 * of its own inherits none of the server's, so the rule for /_astro/ repeats every header of `/*`.
 */
export function toNginxSnippet(rules: HeaderRule[]): string {
  const all = rules.find((rule) => rule.path === '/*')?.headers ?? {};
  const locations = rules
    .filter((rule) => rule.path !== '/*')
    .map((rule) => {
      const prefix = rule.path.endsWith('*') ? `^~ ${rule.path.slice(0, -1)}` : `= ${rule.path}`;
      return [`location ${prefix} {`, ...nginxLines({ ...all, ...rule.headers }, '  '), '}'].join('\n');
    });
  return `# Umgängeshandboken: säkerhetshuvuden och cachning. Inkludera i server-blocket.\n${[...nginxLines(all), ...locations].join('\n')}\n`;
}

/** Reads the rules back from a `_headers` file, as a host would. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else if (/^\s+\S+:\s/.test(line) && rules.length) {
      const [name, ...value] = line.trim().split(': ');
      rules.at(-1)!.headers[name!] = value.join(': ');
    }
  }
  return rules;
}

/** The headers a host sends with `path`: those of every rule that matches it, a later rule's value winning. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const matches = (pattern: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);
  return Object.assign({}, ...rules.filter((rule) => matches(rule.path)).map((rule) => rule.headers));
}
