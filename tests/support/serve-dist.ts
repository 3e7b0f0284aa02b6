import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from '../../tooling/static-server.ts';
import { chromiumPath } from '../../tooling/browser.ts';
import { requireBuiltSite } from './built-site.ts';

let server: StaticServer | undefined;

/** Serves the built site once for all end-to-end tests. */
export async function setup(project: TestProject) {
  requireBuiltSite();
  chromiumPath();
  server = await serveStatic('dist');
  project.provide('baseUrl', server.url);
}

export async function teardown() {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
