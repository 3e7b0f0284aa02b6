import type { AstroIntegration } from 'astro';
import { globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inlineScriptHashes } from '../security/csp.ts';
import { headerRules, toHeadersFile, toNginxSnippet } from '../security/header-files.ts';
import { securityTxt } from '../security/security-txt.ts';
import { contactEmail, siteUrl } from '../site.ts';

/**
 * After the build: writes `_headers` and `nginx-headers.conf` with a CSP that hashes every inline
 * script and a year's caching for the hashed files in /_astro/, and `/.well-known/security.txt`.
 */
export default function securityHeadersFiles(): AstroIntegration {
  return {
    name: 'umgangeshandboken:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const hashes = globSync(`${out}/**/*.html`).flatMap((file) => inlineScriptHashes(readFileSync(file, 'utf8')));
        const rules = headerRules(hashes);
        writeFileSync(`${out}/_headers`, toHeadersFile(rules));
        writeFileSync(`${out}/nginx-headers.conf`, toNginxSnippet(rules));
        mkdirSync(`${out}/.well-known`, { recursive: true });
        writeFileSync(`${out}/.well-known/security.txt`, securityTxt({ siteUrl, contactEmail, now: new Date() }));
        logger.info(`_headers och nginx-headers.conf skrivna med ${new Set(hashes).size} skripthashar`);
      },
    },
  };
}
