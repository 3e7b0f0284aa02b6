import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, globSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { securityHeaders } from '../../src/security/csp.ts';

/*
 * dist/nginx-headers.conf as nginx itself reads it: included in a server block that serves dist/, the way
 * the README tells a municipality to. nginx gives a location with an add_header of its own none of the
 * server's, so this shows that the files in /_astro/ keep the security headers beside their caching.
 */

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

let nginx: ChildProcess;
let base: string;
beforeAll(async () => {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log stderr;
events {}
http {
  access_log off;
  client_body_temp_path ${dir};
  server {
    listen 127.0.0.1:${port};
    root ${resolve('dist')};
    include ${resolve('dist/nginx-headers.conf')};
  }
}
`,
  );
  // Debian puts nginx in /usr/sbin, which is not on every user's PATH.
  const command = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
  nginx = spawn(command, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  nginx.on('error', (error) => (errors += `${error.message}. Installera Debians paket nginx-light (bash .ci/run gör det).`));
  nginx.stderr!.on('data', (chunk) => (errors += chunk));
  base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await fetch(`${base}/`);
      return;
    } catch {
      if (nginx.exitCode !== null || errors.includes('nginx-light') || attempt > 600) throw new Error(`nginx startade inte: ${errors}`);
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
});
afterAll(() => {
  nginx?.kill();
});

const names = Object.keys(securityHeaders([]));

test('a page gets every security header and is not kept', async () => {
  const response = await fetch(`${base}/handboken/`);
  expect(response.status).toBe(200);
  for (const name of names) expect(response.headers.get(name), name).toBeTruthy();
  expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  expect(response.headers.get('cache-control')).toBeNull();
});

test('a file in /_astro/ gets every security header and is kept for a year', async () => {
  const file = globSync('dist/_astro/*.css')[0]!.replace(/^dist/, '');
  const response = await fetch(base + file);
  expect(response.status).toBe(200);
  for (const name of names) expect(response.headers.get(name), name).toBeTruthy();
  expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
});
