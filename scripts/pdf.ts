/**
 * Renders every template as blank PDF and Word forms with a municipality's name and, optionally,
 * its logo: one file per recipient's copy, each saying on every page whom it is for.
 *   npm run pdf -- --kommun "Exempels kommun" [--logo logga.png] [--ut mallar-exempels-kommun]
 * Every argument, the logo and the templates are checked before any file is written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkLogo, parseMunicipalArgs, readLogo, UsageError } from './municipal-args.ts';
import { loadTemplates } from '../src/templates/load.ts';
import { blankCopies } from '../src/templates/copies.ts';
import { renderTemplatePdf } from '../src/pdf/render-template.ts';
import { loadFonts } from '../src/pdf/fonts.ts';
import { renderTemplateDocx } from '../src/docx/render-template.ts';
import { formatFileSize } from '../src/template-files/file-size.ts';

const USAGE = 'Användning: npm run pdf -- --kommun "Kommunens namn" [--logo fil.png|fil.jpg] [--ut mapp]';

try {
  const options = parseMunicipalArgs(process.argv.slice(2));
  const logo = options.logo ? readLogo(options.logo) : undefined;
  if (options.logo && logo) await checkLogo(options.logo, logo);
  const branding = { name: options.municipality, logo };
  const fonts = loadFonts();
  const copies = loadTemplates('templates').flatMap(blankCopies);
  // Everything is rendered first, so that a failure leaves no half-written folder behind.
  const files: [string, Uint8Array][] = [];
  for (const { template, copy, file } of copies) {
    files.push([`${file}.pdf`, await renderTemplatePdf(template, { fonts, branding, copy })]);
    files.push([`${file}.docx`, await renderTemplateDocx(template, { branding, copy })]);
  }
  mkdirSync(options.out, { recursive: true });
  for (const [name, bytes] of files) {
    writeFileSync(join(options.out, name), bytes);
    console.log(`${join(options.out, name)} (${formatFileSize(bytes.byteLength)})`);
  }
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`Fel: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(`Fel: blanketterna kunde inte skapas: ${(error as Error).message}\nInga filer har skrivits.`);
    process.exitCode = 1;
  }
}
