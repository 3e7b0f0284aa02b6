import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import { loadTemplates } from '../../src/templates/load.ts';
import { blankCopies, heldFieldIds } from '../../src/templates/copies.ts';
import { renderTemplateDocx } from '../../src/docx/render-template.ts';

/*
 * Every recipient's Word copy of every template, read by mammoth: each field on the copy's list
 * is there under its label, no field outside the list is, and the header says whom it is for.
 */

const templates = loadTemplates('templates');

describe("each Word copy holds exactly its recipient's fields", { timeout: 120_000 }, () => {
  for (const template of templates) {
    for (const { template: copyTemplate, copy, file } of blankCopies(template)) {
      test(file, async () => {
        const bytes = await renderTemplateDocx(copyTemplate, { copy });
        const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
        const paragraphs = new Set(
          value
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
        );
        const held = heldFieldIds(template, template.copies.find((candidate) => candidate.id === copy.id)!);
        const fields = template.sections.flatMap((section) => section.fields);
        const heldLabels = new Set(fields.filter((field) => held.has(field.id)).map((field) => field.label));
        for (const field of fields) {
          // A table's label is its caption; every other label is a paragraph of its own.
          if (held.has(field.id)) expect(value, `${field.id} saknas`).toContain(field.label);
          else if (!heldLabels.has(field.label)) expect(paragraphs.has(field.label), `${field.id} ska inte finnas i ${file}`).toBe(false);
        }
      });
    }
  }

  test('the header names the recipient, and a copy with parts withheld says so once', async () => {
    const plan = templates.find((template) => template.id === 'umgangesplan')!;
    const parent = blankCopies(plan).find((copy) => copy.copy.id === 'foraldern')!;
    const bytes = await renderTemplateDocx(parent.template, { copy: parent.copy });
    const { strFromU8, unzipSync } = await import('fflate');
    const files = unzipSync(bytes);
    const headers = Object.keys(files)
      .filter((name) => /^word\/header\d*\.xml$/.test(name))
      .map((name) => strFromU8(files[name]!));
    expect(headers.join('')).toContain('Exemplar för: Föräldern');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value.split('Vissa delar finns bara i socialtjänstens akt och står inte i det här exemplaret.')).toHaveLength(2);
  });
});
