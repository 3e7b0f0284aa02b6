import { describe, expect, test } from 'vitest';
import { loadTemplates } from '../../src/templates/load.ts';
import { templateForCopy } from '../../src/templates/copies.ts';
import { templateControls, type FormValues } from '../../src/templates/form-fields.ts';
import { readFilledPdf } from '../../src/pdf/read-filled.ts';
import { rendered } from '../support/rendered-pdfs.ts';
import { violenceCase } from './violence-case.ts';

/* A fillable PDF read back into the values it was made from: every kind of control, and an answer too long for its box. */

const templates = loadTemplates('templates');
const plan = templates.find((template) => template.id === 'umgangesplan')!;
const kinds = (values: FormValues) =>
  new Set(
    templateControls(plan)
      .filter((control) => control.name in values)
      .map((control) => control.kind),
  );

const longAnswer = Array.from({ length: 120 }, (_, index) => `Barnet sa sak nummer ${index + 1} om umgänget.`).join(' ');
const values: FormValues = {
  ...violenceCase,
  'barnets-tankar': longAnswer,
  'underskrifter-1-datum': '2026-12-03',
  'utskickslista-r2-exemplar': 'Vår plan',
};

describe('reading a filled PDF back', () => {
  test('the case file copy gives back every value of every kind of control, the long answer whole', async () => {
    expect([...kinds(values)].sort()).toEqual(['checkbox', 'date', 'multiline', 'radio', 'select', 'text']);
    const { template, copy } = templateForCopy(plan, 'akten');
    const { bytes } = await rendered('las-tillbaka-akten', template, { values, copy });
    expect(await readFilledPdf(plan, bytes)).toEqual({ values, copy: 'akten', version: plan.version });
  });

  test("a parent's copy gives back only what it holds", async () => {
    const { template, copy } = templateForCopy(plan, 'foraldern');
    const { bytes } = await rendered('las-tillbaka-foraldern', template, { values, copy });
    const read = await readFilledPdf(plan, bytes);
    expect(read.copy).toBe('foraldern');
    const held = new Set(templateControls(template).map((control) => control.name));
    expect(read.values).toEqual(Object.fromEntries(Object.entries(values).filter(([name]) => held.has(name))));
    expect(read.values['skyddsbehov']).toBeUndefined();
    expect(read.values['andra-foralderns-namn']).toBeUndefined();
  });

  test('a value typed into the PDF in a reader is read back', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const { bytes } = await rendered('las-tillbaka-tom', plan);
    const doc = await PDFDocument.load(bytes);
    doc.getForm().getTextField('barnets-namn').setText('Áŋŋá Čáhppes-Šiellá');
    doc.getForm().getDropdown('utskickslista-r1-exemplar').select('Familjehemmet');
    doc.getForm().getCheckBox('umgangesform-2').check();
    // As a reader stores what is typed; pdf-lib's own appearances would need a font with these letters.
    expect((await readFilledPdf(plan, await doc.save({ updateFieldAppearances: false }))).values).toEqual({
      'barnets-namn': 'Áŋŋá Čáhppes-Šiellá',
      'utskickslista-r1-exemplar': 'Familjehemmet',
      'umgangesform-2': true,
    });
  });

  test('refuses a PDF of another template, a locked copy and a file that is not a PDF', async () => {
    const other = templates.find((template) => template.id !== plan.id)!;
    const { bytes: otherBytes } = await rendered(`las-tillbaka-${other.id}`, other);
    await expect(readFilledPdf(plan, otherBytes)).rejects.toThrow('PDF:en är inte en ifylld blankett av mallen Umgängesplan.');
    const { bytes: locked } = await rendered('las-tillbaka-last', plan, { values, locked: true });
    await expect(readFilledPdf(plan, locked)).rejects.toThrow('PDF:en är en låst kopia och har inga fält att läsa. Välj den ifyllbara PDF:en.');
    await expect(readFilledPdf(plan, new TextEncoder().encode('inte en pdf'))).rejects.toThrow(
      'Filen går inte att läsa som en PDF. Välj den ifyllbara PDF:en som du har laddat ner härifrån.',
    );
  });
});
