import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { loadTemplates } from '../../src/templates/load.ts';
import { heldFieldIds, templateForCopy, WITHHELD_NOTE } from '../../src/templates/copies.ts';
import { controlsFor, templateControls, type FormControl, type FormValues } from '../../src/templates/form-fields.ts';
import { pdfText, rendered } from '../support/rendered-pdfs.ts';

/*
 * Every copy of every template, blank and filled: a copy holds its own fields and nothing else.
 * Each control is filled with a marker of its own (text «k12», a date of its own, a valid option),
 * the copy's template is rendered with ALL of the template's values, and pdftotext must find the
 * marker of every held field and of no other.
 */

const templates = loadTemplates('templates');
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** A distinct valid date for the control at `index`: 2020-01-01 plus that many days. */
const dateFor = (index: number) => new Date(Date.UTC(2020, 0, 1 + index)).toISOString().slice(0, 10);

/** The text the PDF prints for a control, when it can be found again; radio buttons and checkboxes print no text of their own. */
function markerFor(control: FormControl, index: number): string | undefined {
  if (control.kind === 'text' || control.kind === 'multiline') return `«k${index}»`;
  if (control.kind === 'date') return dateFor(index);
  return undefined;
}

function markedValues(controls: FormControl[]): FormValues {
  return Object.fromEntries(
    controls.map((control, index): [string, string | boolean] => {
      if (control.kind === 'checkbox') return [control.name, true];
      if (control.kind === 'radio' || control.kind === 'select') return [control.name, control.options!.at(-1)!];
      return [control.name, markerFor(control, index)!];
    }),
  );
}

const cases = templates.flatMap((template) =>
  template.copies.filter((copy) => copy.form).map((copy) => [`${template.id} / ${copy.id}`, template, copy.id] as const),
);

describe.each(cases)('%s', (key, template, copyId) => {
  const { template: copyTemplate, copy } = templateForCopy(template, copyId);
  const all = templateControls(template);
  const held = heldFieldIds(template, template.copies.find((candidate) => candidate.id === copyId)!);
  const heldNames = new Set(
    template.sections.flatMap((section) => section.fields.filter((field) => held.has(field.id)).flatMap(controlsFor)).map((control) => control.name),
  );
  const values = markedValues(all);

  test('the blank copy has exactly its fields, names its recipient on every page and says once what is withheld', async () => {
    const { bytes, file } = await rendered(`kopia-${key.replace(' / ', '-')}-tom`, copyTemplate, { copy });
    const names = (await PDFDocument.load(bytes))
      .getForm()
      .getFields()
      .map((field) => field.getName());
    expect(names.sort()).toEqual([...heldNames].sort());
    const pages = pdfText(file);
    pages.forEach((page, index) => expect(page, `sida ${index + 1}`).toContain(`Exemplar för: ${copy.for}`));
    expect(oneLine(pages.join(' ')).split(WITHHELD_NOTE).length - 1).toBe(copy.withheld ? 1 : 0);
  });

  test.each([false, true])('filled (locked: %s), it prints the marker of every field it holds and of no other', async (locked) => {
    const { file } = await rendered(`kopia-${key.replace(' / ', '-')}-${locked ? 'last' : 'ifylld'}`, copyTemplate, { values, locked, copy });
    const pages = pdfText(file);
    const text = pages.join('\n');
    const present = all.flatMap((control, index) => {
      const marker = markerFor(control, index);
      return marker && text.includes(marker) ? [control.name] : [];
    });
    const expected = all.filter((control, index) => markerFor(control, index) && heldNames.has(control.name)).map((control) => control.name);
    expect(present).toEqual(expected);
    pages.forEach((page, index) => expect(page, `sida ${index + 1}`).toContain(`Exemplar för: ${copy.for}`));
  });
});
