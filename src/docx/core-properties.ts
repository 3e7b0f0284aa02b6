import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/*
 * The docx package writes the title and subject into docProps/core.xml but has no option for the
 * document's language, and stamps the file with the time it was made. This adds <dc:language> and
 * dates the document by the template's version instead, so the same template always gives the same
 * properties. Nothing else in the package is touched.
 */

export function finishCoreProperties(docx: Uint8Array, language: string, date: string): Uint8Array {
  const files = unzipSync(docx);
  const core = files['docProps/core.xml'];
  if (!core) throw new Error('docx-filen saknar docProps/core.xml');
  const timestamp = `${date}T00:00:00Z`;
  const xml = strFromU8(core)
    .replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${timestamp}$3`)
    .replace('</cp:coreProperties>', `<dc:language>${escapeXml(language)}</dc:language></cp:coreProperties>`);
  files['docProps/core.xml'] = strToU8(xml);
  // Every entry gets the version date too, so a build gives the same bytes each time.
  const mtime = new Date(`${date}T12:00:00Z`);
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime }]])), { level: 9 });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
