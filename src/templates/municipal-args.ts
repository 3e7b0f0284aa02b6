import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Branding } from '../pdf/render-template.ts';
import { slugify } from '../markdown/heading-ids.ts';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface MunicipalOptions {
  municipality: string;
  logo?: string;
  out: string;
}

export function parseMunicipalArgs(args: string[]): MunicipalOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { kommun: { type: 'string' }, logo: { type: 'string' }, ut: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const municipality = values.kommun?.trim();
  if (!municipality) throw new UsageError('--kommun saknas: ange kommunens namn, till exempel --kommun "Exempels kommun"');
  if (municipality.length > 80) throw new UsageError('--kommun är för långt: högst 80 tecken');
  return { municipality, logo: values.logo, out: values.ut ?? `mallar-${slugify(municipality)}` };
}

const PNG = [0x89, 0x50, 0x4e, 0x47];
const JPEG = [0xff, 0xd8, 0xff];

/** Reads a PNG or JPEG logo, recognised by its bytes rather than its name. */
export function readLogo(path: string): NonNullable<Branding['logo']> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (error) {
    throw new UsageError(`logotypen ${path} gick inte att läsa: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const startsWith = (magic: number[]) => magic.every((byte, index) => bytes[index] === byte);
  if (startsWith(PNG)) return { bytes, type: 'png' };
  if (startsWith(JPEG)) return { bytes, type: 'jpg' };
  throw new UsageError(`logotypen ${path} är varken PNG eller JPEG`);
}
