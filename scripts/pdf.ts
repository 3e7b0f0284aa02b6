/**
 * Renders every template as a PDF and as a Word document with a municipality's name and,
 * optionally, its logo:
 *   npm run pdf -- --kommun "Exempels kommun" [--logo logga.png] [--ut mallar-exempels-kommun]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMunicipalArgs, readLogo, UsageError } from '../src/templates/municipal-args.ts';
import { loadTemplates } from '../src/templates/load.ts';
import { renderTemplatePdf } from '../src/pdf/render-template.ts';
import { loadFonts } from '../src/pdf/fonts.ts';
import { renderTemplateDocx } from '../src/docx/render-template.ts';
import { formatFileSize } from '../src/templates/file-size.ts';

try {
  const options = parseMunicipalArgs(process.argv.slice(2));
  const logo = options.logo ? readLogo(options.logo) : undefined;
  const branding = { name: options.municipality, logo };
  const fonts = loadFonts();
  mkdirSync(options.out, { recursive: true });
  for (const template of loadTemplates('templates')) {
    const files = {
      pdf: await renderTemplatePdf(template, { fonts, branding }),
      docx: await renderTemplateDocx(template, { branding }),
    };
    for (const [extension, bytes] of Object.entries(files)) {
      const file = join(options.out, `${template.id}.${extension}`);
      writeFileSync(file, bytes);
      console.log(`${file} (${formatFileSize(bytes.byteLength)})`);
    }
  }
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`Fel: ${error.message}\n\nAnvändning: npm run pdf -- --kommun "Kommunens namn" [--logo fil.png|fil.jpg] [--ut mapp]`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
