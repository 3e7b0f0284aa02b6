import { siteUrl } from '../site.ts';

/*
 * The open data under /data/: what the files are called, where they and their schemas live, and
 * the version of their shape. Bump DATA_FORMAT_VERSION by hand when the shape changes: the major
 * number when a field is removed, renamed or changes meaning, the minor number when a field is
 * added, the patch number when only a schema's wording or strictness is corrected.
 */
export const DATA_FORMAT_VERSION = '1.0.0';
export const DATA_FORMAT = 'umgangeshandboken-data';

/** The data files beside the index, in the order the index lists them. */
export const DATA_FILES = ['mallar', 'lagrum', 'ordlista', 'regler'] as const;
export type DataFileName = (typeof DATA_FILES)[number];
export const DATA_INDEX = 'index';

export const dataPath = (name: DataFileName | typeof DATA_INDEX) => `/data/${name}.json`;
export const schemaPath = (name: DataFileName | typeof DATA_INDEX) => `/data/schema/${name}.schema.json`;
export const schemaUrl = (name: DataFileName | typeof DATA_INDEX) => new URL(schemaPath(name), siteUrl).href;

/** True for the address of a file under /data/ or its schema, which are endpoints rather than pages. */
export function isDataLink(link: string): boolean {
  const names: string[] = [DATA_INDEX, ...DATA_FILES];
  return names.some((name) => link === dataPath(name as DataFileName) || link === schemaPath(name as DataFileName));
}
