import { describe, expect, test } from 'vitest';
import { loadTemplates } from '../../src/templates/load.ts';
import { templateForCopy } from '../../src/templates/copies.ts';
import { controlsFor } from '../../src/templates/form-fields.ts';
import { appliesToText } from '../../src/templates/situations.ts';
import { pdfText, rendered } from '../support/rendered-pdfs.ts';
import { notForParent, violenceCase } from './violence-case.ts';

/*
 * The locked copy for signing prints no help meant for the social worker and no section left
 * empty, but keeps the intro and the signatures; the fillable copy keeps all help. Förälder 1's
 * copy of a plan with violence between the parents shows nothing of Förälder 2's support.
 */

const plan = loadTemplates('templates').find((template) => template.id === 'umgangesplan')!;
const oneLine = (text: string) => text.replace(/\s+/g, ' ');
const helpTexts = [
  ...plan.sections.map((section) => section.help),
  ...plan.sections.flatMap((section) => section.fields.map((field) => field.help)),
].filter((help): help is string => Boolean(help));
const filled = (section: (typeof plan.sections)[number]) =>
  section.fields.some((field) => controlsFor(field).some((control) => control.name in violenceCase));

describe('the locked copy for signing', () => {
  const locked = async () => oneLine(pdfText((await rendered('last-akten', plan, { values: violenceCase, locked: true })).file).join(' '));
  const fillable = async () => oneLine(pdfText((await rendered('ifylld-akten', plan, { values: violenceCase })).file).join(' '));

  test('prints no help for the social worker, and the fillable copy prints all of it', async () => {
    const [lockedText, fillableText] = [await locked(), await fillable()];
    expect(helpTexts.length).toBeGreaterThan(10);
    for (const help of helpTexts) {
      expect(lockedText, help).not.toContain(oneLine(help));
      expect(fillableText, help).toContain(oneLine(help));
    }
    expect(lockedText).not.toContain('Skriv datum som ÅÅÅÅ-MM-DD.');
    expect(lockedText).toContain(oneLine(plan.intro!));
  });

  test('leaves out the sections where nothing is filled in, but keeps the signatures', async () => {
    const lines = pdfText((await rendered('last-akten', plan, { values: violenceCase, locked: true })).file)
      .join('\n')
      .split('\n');
    const empty = plan.sections.filter((section) => !filled(section) && !section.fields.some((field) => field.type === 'signature'));
    const labels = new Set(plan.sections.filter(filled).flatMap((section) => section.fields.map((field) => field.label)));
    expect(empty.length).toBeGreaterThan(1);
    for (const section of empty.filter((candidate) => !labels.has(candidate.title))) expect(lines, section.title).not.toContain(section.title);
    for (const section of plan.sections.filter(filled)) expect(lines, section.title).toContain(section.title);
    expect(lines).toContain('Parternas inställning och underskrifter');
  });
});

describe("the parent's copy of a plan for a father who has used violence", () => {
  const { template, copy } = templateForCopy(plan, 'foraldern');

  test.each([false, true])('shows nothing of the mother or the case file (locked: %s)', async (locked) => {
    const text = oneLine(pdfText((await rendered(`foraldern-vald-${locked}`, template, { values: violenceCase, locked, copy })).file).join(' '));
    for (const secret of notForParent) expect(text.toLowerCase(), secret).not.toContain(secret.toLowerCase());
    expect(text).toContain('070-111 11 11');
    expect(text).toContain('Exemplar för: Föräldern');
    expect(text).toContain('Vissa delar finns bara i socialtjänstens akt och står inte i det här exemplaret.');
  });
});

describe('a blank form shows where a part applies', () => {
  test('once under a section heading, and under a field label only where it differs from its section', async () => {
    const text = oneLine(pdfText((await rendered('tom-plan', plan)).file).join(' '));
    const lvu = plan.sections.find((section) => section.id === 'beslut-lvu')!;
    expect(text.split(`${lvu.title} ${appliesToText(lvu.onlyIn!)}`).length - 1).toBe(1);
    const field = plan.sections.flatMap((section) => section.fields).find((candidate) => candidate.id === 'provtagning-beslut')!;
    expect(text).toContain(`${field.label} ${appliesToText(field.onlyIn!)}`);
    const filledText = oneLine(pdfText((await rendered('ifylld-akten', plan, { values: violenceCase })).file).join(' '));
    expect(filledText).not.toContain(appliesToText(lvu.onlyIn!));
  });
});
