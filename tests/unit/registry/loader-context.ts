import { EventEmitter } from 'node:events';
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { DataStore, LoaderContext } from 'astro/loaders';
import { vi } from 'vitest';

type Entry = Parameters<DataStore['set']>[0];

/** A data store that behaves as Astro's does where the folder loader touches it: set() skips an entry whose digest is unchanged. */
function memoryStore(): DataStore & { entries: () => [string, Entry][] } {
  const entries = new Map<string, Entry>();
  return {
    get: (id) => entries.get(id) as ReturnType<DataStore['get']>,
    entries: () => [...entries.entries()],
    set: (entry) => {
      if (entry.digest && entries.get(entry.id)?.digest === entry.digest) return false;
      entries.set(entry.id, entry);
      return true;
    },
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    delete: (id) => void entries.delete(id),
    clear: () => entries.clear(),
    has: (id) => entries.has(id),
    addModuleImport: () => {},
  } as DataStore & { entries: () => [string, Entry][] };
}

/** The parts of Astro's loader context that the folder loader uses, each one observable; `dev` adds a file watcher. */
export function loaderContext({ root = process.cwd(), dev = false } = {}) {
  const watcher = dev ? Object.assign(new EventEmitter(), { add: vi.fn() }) : undefined;
  const context = {
    collection: 'test',
    config: { root: pathToFileURL(`${root}/`) },
    store: memoryStore(),
    logger: { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() },
    parseData: vi.fn(async () => {
      throw new Error('the folder loader must not call parseData');
    }),
    generateDigest: (data: Record<string, unknown> | string) =>
      createHash('sha256')
        .update(typeof data === 'string' ? data : JSON.stringify(data))
        .digest('hex'),
    watcher,
  };
  return { context, asLoaderContext: context as unknown as LoaderContext, watcher };
}
