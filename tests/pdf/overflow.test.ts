import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseTemplate } from '../../src/templates/load.ts';
import { readFilledPdf } from '../../src/pdf/read-filled.ts';
import { openPdf } from '../support/pdfjs.ts';
import { pdfText, rendered } from '../support/rendered-pdfs.ts';

/*
 * Text longer than its box: the box ends with "fortsätter på sidan N" at a sentence end or a
 * whole word, the continuation page N starts with the rest under "Fortsättning av: <label>
 * (från sidan M)", and the fillable copy holds each part of the answer once.
 */

const file = 'tests/fixtures/templates/valid/alla-falttyper.yaml';
const template = parseTemplate(file, readFileSync(file, 'utf8'));
const label = 'Barnets egna åsikter om umgänget';
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Sentences of different lengths, numbered, so that where the text was cut can be read off. */
const sentences = Array.from({ length: 200 }, (_, index) => `Mening ${index + 1} handlar om ${'hur umgänget gick '.repeat(1 + (index % 4)).trim()}.`);
const sentenceText = sentences.join(' ');
/** Words only, no sentence end before the last: the cut must fall between two whole words. */
const words = Array.from({ length: 700 }, (_, index) => `ord${index + 1}`);
const wordText = words.join(' ');

async function fieldValue(bytes: Uint8Array, name: string): Promise<string> {
  const fields = (await (await openPdf(bytes)).getFieldObjects()) as Map<string, { value?: string; type: string }[]>;
  return fields.get(name)!.find((field) => field.type === 'text')!.value!;
}

/** The pages without their footer, which pdftotext reads after the page's content, in the middle of a text that runs on. */
const withoutRunningText = (pages: string[]) =>
  pages.map((page) =>
    page
      .split('\n')
      .filter((line) => !/ Sida \d+ av \d+$/.test(line))
      .join('\n'),
  );

/** The page (1-based) whose text contains `needle`. */
const pageWith = (pages: string[], needle: string) => pages.findIndex((page) => oneLine(page).includes(needle)) + 1;

describe('text that goes on to a continuation page', () => {
  test.each([false, true])('ends its box at a sentence end with the real page of its continuation (locked: %s)', async (locked) => {
    const { file } = await rendered(`overflow-meningar-${locked}`, template, { values: { 'barnets-asikt': sentenceText }, locked });
    const pages = pdfText(file);
    const boxPage = pageWith(pages, 'Mening 1 handlar');
    const heading = `Fortsättning av: ${label} (från sidan ${boxPage})`;
    const continuationPage = pageWith(pages, heading);
    expect(continuationPage).toBeGreaterThan(boxPage);
    const boxText = oneLine(pages[boxPage - 1]!);
    const marker = `fortsätter på sidan ${continuationPage}`;
    expect(boxText).toContain(marker);
    // The words before the marker end a sentence; the continuation starts with the next one.
    const before = boxText.slice(0, boxText.indexOf(marker)).replace(/…\s*$/, '').trim();
    const last = sentences.findIndex((sentence) => before.endsWith(sentence));
    expect(last).toBeGreaterThan(0);
    const after = oneLine(pages[continuationPage - 1]!.split(heading)[1]!);
    expect(after.startsWith(sentences[last + 1]!)).toBe(true);
    // Each sentence once: none of those in the box again on the continuation page.
    const printed = oneLine(withoutRunningText(pages).join(' '));
    for (const sentence of sentences) expect(printed.split(sentence).length - 1, sentence).toBe(1);
  });

  test('without a sentence end near the end of the box, breaks between whole words', async () => {
    const { bytes, file } = await rendered('overflow-ord', template, { values: { 'barnets-asikt': wordText } });
    const value = await fieldValue(bytes, 'barnets-asikt');
    const held = value.split(' ');
    expect(held).toEqual(words.slice(0, held.length));
    const pages = pdfText(file);
    const boxPage = pageWith(pages, 'ord1 ord2 ');
    const heading = `Fortsättning av: ${label} (från sidan ${boxPage})`;
    const continuationPage = pageWith(pages, heading);
    const continuation = oneLine(pages[continuationPage - 1]!.split(heading)[1]!);
    expect(continuation.startsWith(`${words[held.length]!} `)).toBe(true);
    expect(oneLine(pages[boxPage - 1]!)).toContain(`${words[held.length - 1]!} … fortsätter på sidan ${continuationPage}`);
  });

  test('the fillable field holds only the part in its box, and reading the PDF back gives the whole answer', async () => {
    const { bytes } = await rendered('overflow-meningar-false', template, { values: { 'barnets-asikt': sentenceText } });
    const value = await fieldValue(bytes, 'barnets-asikt');
    expect(value.length).toBeLessThan(sentenceText.length / 2);
    expect(sentenceText.startsWith(value)).toBe(true);
    expect(value).toMatch(/\.$/);
    expect((await readFilledPdf(template, bytes)).values['barnets-asikt']).toBe(sentenceText);
  });
});

describe('very long strings without a space', () => {
  const long = { 'barnets-namn': 'x'.repeat(200_000), 'barnets-asikt': 'a-'.repeat(50_000) };
  const CONTINUATIONS = 'Fortsättning av text som inte fick plats';
  const count = (text: string, needle: RegExp) => text.match(needle)?.length ?? 0;

  test.each([true, false])('a text field and a text area print every character once (locked: %s)', async (locked) => {
    const blank = withoutRunningText(pdfText((await rendered(`lang-tom-${locked}`, template, { locked })).file))
      .join('')
      .replace(/\s+/g, '');
    const { bytes, file } = await rendered(`lang-${locked}`, template, { values: long, locked });
    const text = withoutRunningText(pdfText(file)).join('').replace(/\s+/g, '');
    expect(text).toContain(CONTINUATIONS.replace(/\s+/g, ''));
    // The continuation pages' heading, "Fortsättning av text …", has an x of its own.
    expect(count(text, /x/g) - count(blank, /x/g) - count(CONTINUATIONS, /x/g)).toBe(200_000);
    // Counted by the hyphen: a page or the box's end may fall between an a and its hyphen.
    expect(count(text, /-/g) - count(blank, /-/g)).toBe(50_000);
    expect(text).toContain('a-'.repeat(1000));
    if (!locked) expect((await readFilledPdf(template, bytes)).values).toEqual(long);
  });
});
