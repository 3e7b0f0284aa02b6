import type { AstroIntegration } from 'astro';
import { globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inlineScriptHashes, securityHeaders, toHeadersFile, toNginxSnippet } from '../security/csp.ts';
import { securityTxt } from '../security/security-txt.ts';
import { contactEmail, siteUrl } from '../site.ts';

/**
 * After the build: writes `_headers` and `nginx-headers.conf` with a CSP that hashes every inline
 * script, and `/.well-known/security.txt`.
 */
export default function securityHeadersFiles(): AstroIntegration {
  return {
    name: 'umgangeshandboken:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const hashes = globSync(`${out}/**/*.html`).flatMap((file) => inlineScriptHashes(readFileSync(file, 'utf8')));
        const headers = securityHeaders(hashes);
        writeFileSync(`${out}/_headers`, toHeadersFile(headers));
        writeFileSync(`${out}/nginx-headers.conf`, toNginxSnippet(headers));
        mkdirSync(`${out}/.well-known`, { recursive: true });
        writeFileSync(`${out}/.well-known/security.txt`, securityTxt({ siteUrl, contactEmail, now: new Date() }));
        logger.info(`_headers och nginx-headers.conf skrivna med ${new Set(hashes).size} skripthashar`);
      },
    },
  };
}
