import { fieldSchema } from '../../../src/templates/schema.ts';
import { templateForCopy } from '../../../src/templates/copies.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseTemplate } from '../../../src/templates/load.ts';
import { controlsFor, formControlSchema, signerControls, tableCells, templateControls } from '../../../src/templates/form-fields.ts';
import { loadTemplates } from '../../../src/templates/load.ts';

const file = 'tests/fixtures/templates/valid/alla-falttyper.yaml';
const template = parseTemplate(file, readFileSync(file, 'utf8'));
const fields = template.sections.flatMap((section) => section.fields);

describe('the shared field model', () => {
  test('table cells are found by row and column, and flatten to the controls in reading order', () => {
    const table = fields.find((field) => field.type === 'table')!;
    if (table.type !== 'table') throw new Error('no table');
    const cells = tableCells(table);
    expect(cells).toHaveLength(table.rows);
    expect(cells[1]![0]!.name).toBe(`${table.id}-r2-${table.columns[0]!.id}`);
    expect(cells.flat()).toEqual(controlsFor(table));
  });

  test('a party that signs twice is numbered, and every signer has a name and a date control', () => {
    const signature = fieldSchema.parse({
      id: 'underskrifter',
      type: 'signature',
      label: 'Underskrifter',
      signers: ['Förälder', 'Förälder', 'Familjehem'],
    });
    if (signature.type !== 'signature') throw new Error('no signature');
    expect(signerControls(signature).map((signer) => signer.party)).toEqual(['Förälder 1', 'Förälder 2', 'Familjehem']);
    expect(signerControls(signature)[1]!.date.tooltip).toBe('Underskrifter, Förälder 2: datum (ÅÅÅÅ-MM-DD)');
  });

  test("the visitation plan has a signature of its own for each party, so that each copy carries only its reader's", () => {
    const plan = loadTemplates('templates').find((candidate) => candidate.id === 'umgangesplan')!;
    const signatures = plan.sections.flatMap((section) => section.fields).filter((field) => field.type === 'signature');
    expect(signatures.map((field) => (field.type === 'signature' ? signerControls(field).map((signer) => signer.party) : []))).toEqual([
      ['Föräldern', 'Den andra föräldern, vid en gemensam plan'],
      ['Familjehemmet'],
      ['Den unge (från 15 år)'],
      ['Socialsekreterare'],
    ]);
    const held = (copyId: string) =>
      new Set(templateForCopy(plan, copyId).template.sections.flatMap((section) => section.fields.map((field) => field.id)));
    expect([...held('foraldern')].filter((id) => signatures.some((field) => field.id === id))).toEqual(['underskrift-foraldern', 'underskrifter']);
    expect([...held('familjehemmet')].filter((id) => signatures.some((field) => field.id === id))).toEqual([
      'underskrift-familjehemmet',
      'underskrifter',
    ]);
  });

  test('every control of every template matches the Zod schema, names are unique and dates state their format', () => {
    for (const candidate of loadTemplates('templates')) {
      const controls = templateControls(candidate);
      controls.forEach((control) => formControlSchema.parse(control));
      expect(new Set(controls.map((control) => control.name)).size, candidate.id).toBe(controls.length);
      for (const control of controls.filter((control) => control.kind === 'date')) expect(control.tooltip).toMatch(/\(ÅÅÅÅ-MM-DD\)$/);
    }
  });
});
