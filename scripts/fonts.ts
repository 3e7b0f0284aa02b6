/**
 * Cuts Noto Sans down to the characters in src/pdf/charset.ts and writes the TTF files the PDF
 * renderer embeds (src/pdf/fonts/). Run again only when charset.ts changes:
 *   apt-get install fonts-noto-core python3-fonttools && npm run fonts
 * The source is Debian's fonts-noto-core (SIL Open Font License 1.1); the result is committed.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { unicodesArgument } from '../src/pdf/charset.ts';

const source = '/usr/share/fonts/truetype/noto';
const weights = { regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' };

for (const [weight, file] of Object.entries(weights)) {
  const out = `src/pdf/fonts/noto-sans-latin-${weight}.ttf`;
  const result = spawnSync(
    '/usr/bin/python3',
    [
      '-m',
      'fontTools.subset',
      `${source}/${file}`,
      `--unicodes=${unicodesArgument()}`,
      `--output-file=${out}`,
      '--no-hinting',
      '--desubroutinize',
      // Marks are positioned by precomposed glyphs; text is composed (NFC) before it is printed.
      '--layout-features=',
      '--name-IDs=0,1,2,3,4,5,6,13,14',
      '--name-legacy',
      '--notdef-outline',
      '--drop-tables+=DSIG,GSUB,GPOS,GDEF',
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`pyftsubset misslyckades för ${file}:\n${result.stderr}`);
  console.log(`${out} (${(statSync(out).size / 1000).toFixed(1)} kB)`);
}
