import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Branding } from '../src/pdf/render-template.ts';
import { slugify } from '../src/markdown/heading-ids.ts';
import { unprintableCharacters } from '../src/pdf/charset.ts';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface MunicipalOptions {
  municipality: string;
  logo?: string;
  out: string;
}

function readOptions(args: string[]) {
  return parseArgs({
    args,
    options: { kommun: { type: 'string' }, logo: { type: 'string' }, ut: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  }).values;
}

export function parseMunicipalArgs(args: string[]): MunicipalOptions {
  let values: ReturnType<typeof readOptions>;
  try {
    values = readOptions(args);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const option = /'([^']+)'/.exec((error as Error).message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`okänt alternativ ${option}: använd --kommun, --logo och --ut`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`${option?.split(' ')[0] ?? 'ett alternativ'} saknar ett värde`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new UsageError(`okänt argument ${option}: skriv värden efter --kommun, --logo eller --ut`);
    throw new UsageError((error as Error).message);
  }
  const municipality = values.kommun?.trim();
  if (!municipality) throw new UsageError('--kommun saknas: ange kommunens namn, till exempel --kommun "Exempels kommun"');
  if (municipality.length > 80) throw new UsageError('--kommun är för långt: högst 80 tecken');
  const unprintable = unprintableCharacters(municipality);
  if (unprintable.length) {
    const named = unprintable
      .map((character) => `”${character}” (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`)
      .join(', ');
    throw new UsageError(`kommunens namn har tecken som blanketternas typsnitt inte kan skriva ut: ${named}. Skriv namnet med latinska bokstäver`);
  }
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

/**
 * Opens the logo the way the renderers will, before any file is written: a file that starts like
 * a PNG or JPEG but is broken inside stops here with a Swedish message, never halfway through.
 */
export async function checkLogo(path: string, logo: NonNullable<Branding['logo']>): Promise<void> {
  const { PDFDocument } = await import('pdf-lib');
  try {
    const doc = await PDFDocument.create();
    if (logo.type === 'png') await doc.embedPng(logo.bytes);
    else await doc.embedJpg(logo.bytes);
  } catch {
    throw new UsageError(
      `logotypen ${path} är trasig och går inte att läsa som ${logo.type === 'png' ? 'PNG' : 'JPEG'}: spara om den i ett bildprogram och försök igen`,
    );
  }
}
