import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';

export class FolderLoaderError extends Error {
  override name = 'FolderLoaderError';
}

export interface FolderLoaderOptions<T> {
  /** The loader's name, which Astro prints before the loader's log lines. */
  name: string;
  /** The folder of YAML files, relative to the project root: one entry per file, its name without .yaml the id. */
  folder: string;
  /**
   * Reads, parses and validates one file: the function that scripts outside Astro use too, so that the build
   * and the scripts read a file alike. It throws, naming the file in Swedish, when the file is not YAML or
   * does not follow the schema. The loader never calls Astro's `parseData`, so the collection's `schema`
   * (which gives the collection its types) does not run a second time.
   */
  read: (file: string) => T;
  /** Given every entry after each full load (not after a single file is read again in dev), for reports drawn from the same read. */
  afterLoad?: (entries: LoadedEntry<T>[]) => void;
  /**
   * Folders, relative to the project root, whose YAML files the entries are made from as well (a template
   * states the rules of content/regler with the citations of content/lagrum). `forget` drops what `read` keeps
   * of them. It is called before every full load; in dev, a file changed, added or removed in one of them calls
   * it and reads every entry again.
   */
  dependsOn?: { folders: string[]; forget: () => void };
}

export interface LoadedEntry<T> {
  id: string;
  /** The file as `read` was given it, relative to the working directory: "content/lagrum/lvu-umgange.yaml". */
  file: string;
  data: T;
}

const isYaml = (name: string) => /\.ya?ml$/.test(name);
const idOf = (name: string) => name.replace(/\.ya?ml$/, '');
/** The YAML files of a folder, sorted by name; none if the folder does not exist. */
const yamlFileNames = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter(isYaml).sort() : []);

/**
 * A content-layer loader for a folder of YAML files, each read once per load, by `read`. A file that cannot
 * be read, is not YAML or breaks the schema stops the load with its message: no file is skipped, and the store
 * is left as it was. Every file is read again on every load, since an entry's data can depend on other files
 * (a template states rules from content/regler, a legal entry is measured against content/lagtext), and the
 * entries are stored afresh in the order of their file names, so that a build with a cached data store gets the
 * same collection as a clean one. In dev, an edited or added file is read again alone (its digest, taken from
 * the validated data, tells Astro whether anything changed); a file that then fails is reported and its
 * previous entry kept, so that the server stays up. A removed file removes its entry.
 */
export function folderLoader<T>({ name, folder, read, afterLoad, dependsOn }: FolderLoaderOptions<T>): Loader {
  return {
    name,
    load: async ({ config, store, logger, generateDigest, watcher }: LoaderContext) => {
      const root = fileURLToPath(config.root);
      const dir = resolve(root, folder);
      // Named as scripts name files, relative to the working directory: "content/lagrum/lvu-umgange.yaml".
      const fileOf = (fileName: string) => relative(process.cwd(), join(dir, fileName));
      const readEntry = (fileName: string): LoadedEntry<T> => {
        const file = fileOf(fileName);
        return { id: idOf(fileName), file, data: read(file) };
      };
      const keep = ({ id, data }: LoadedEntry<T>, fileName: string) => {
        const record = data as Record<string, unknown>;
        const filePath = relative(root, join(dir, fileName)).split('\\').join('/');
        store.set({ id, data: record, filePath, digest: generateDigest(record) });
      };

      dependsOn?.forget();
      if (!existsSync(dir)) logger.warn(`${fileOf('')}: mappen finns inte, så samlingen är tom`);
      const fileNames = yamlFileNames(dir);
      const taken = new Map<string, string>();
      for (const fileName of fileNames) {
        const other = taken.get(idOf(fileName));
        if (other) throw new FolderLoaderError(`${fileOf(fileName)}: ${fileOf(other)} har samma id "${idOf(fileName)}"; ta bort den ena filen`);
        taken.set(idOf(fileName), fileName);
      }
      const entries = fileNames.map(readEntry);
      store.clear();
      entries.forEach((entry, index) => keep(entry, fileNames[index]!));
      afterLoad?.(entries);

      if (!watcher) return;
      watcher.add(dir);
      const inFolder = (path: string) => dirname(resolve(path)) === dir && isYaml(basename(path));
      const readAgain = (path: string) => {
        if (!inFolder(path)) return;
        try {
          keep(readEntry(basename(path)), basename(path));
          logger.info(`${fileOf(basename(path))} läst igen`);
        } catch (error) {
          logger.error((error as Error).message);
        }
      };
      const dependencies = (dependsOn?.folders ?? []).map((dependency) => resolve(root, dependency));
      for (const dependency of dependencies) watcher.add(dependency);
      const readAllAgain = (path: string) => {
        if (!dependencies.includes(dirname(resolve(path))) || !isYaml(basename(path))) return;
        dependsOn!.forget();
        for (const fileName of yamlFileNames(dir)) readAgain(join(dir, fileName));
      };
      watcher.on('change', readAgain);
      watcher.on('add', readAgain);
      watcher.on('unlink', (path) => {
        if (inFolder(path)) store.delete(idOf(basename(path)));
      });
      for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, readAllAgain);
    },
  };
}
