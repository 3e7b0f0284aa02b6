/** Prints word count and LIX for every page, and flags pages over their limit. */
import { globSync, readFileSync } from 'node:fs';
import { lix, mdxToProse } from '../src/readability/lix.ts';
import { lixLimitFor } from '../src/readability/limits.ts';

const files = globSync('content/docs/**/*.mdx').sort();
let over = 0;
console.log('LIX  gräns  ord    sida');
for (const file of files) {
  const result = lix(mdxToProse(readFileSync(file, 'utf8')));
  const limit = lixLimitFor(file);
  const flag = limit !== undefined && result.lix > limit ? '  <-- över gränsen' : '';
  if (flag) over++;
  console.log(`${result.lix.toFixed(1).padStart(4)}  ${String(limit ?? '–').padStart(5)}  ${String(result.words).padStart(5)}  ${file}${flag}`);
}
if (over) {
  console.error(`\n${over} sidor ligger över sin LIX-gräns.`);
  process.exitCode = 1;
}
