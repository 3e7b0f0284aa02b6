import { longSwedishDate } from '../../../src/plan/iso-date.ts';
import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { loadFonts } from '../../../src/pdf/fonts.ts';
import { renderChildPlanPdf } from '../../../src/plan/child-plan-pdf.ts';
import { renderParentPlanPdf } from '../../../src/plan/parent-plan-pdf.ts';
import type { ChildPlan, ParentPlan } from '../../../src/plan/summary-types.ts';
import { openPdf, readingOrder } from '../../support/pdfjs.ts';
import { realisticChildPlan, realisticParentPlan } from '../../support/plan-examples.ts';
import { pdfText, toFile } from '../../support/rendered-pdfs.ts';

const fonts = loadFonts();
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The pages' text without the running head of later pages and the page numbers, as one string. */
const body = (pages: string[], head: string) =>
  pages.map((page, index) => (index > 0 ? page.replace(head, '') : page).replace(/Sida \d+ av \d+/, '').trim()).join(' ');

/** Every text the user typed in a plan, as it must appear in the PDF. */
function typedParent(plan: ParentPlan): string[] {
  return [
    plan.forWhom,
    plan.childName,
    plan.parentName,
    plan.planDate && longSwedishDate(plan.planDate),
    ...plan.visits.flatMap((visit) => [longSwedishDate(visit.date), visit.time, visit.place, visit.staff]),
    plan.frequency,
    plan.duration,
    plan.place,
    ...plan.forms,
    plan.staff,
    plan.others,
    ...plan.contacts.flatMap((contact) => [contact.role, contact.text]),
    plan.outOfHours,
    plan.ifLate,
    plan.ifNotComing,
    plan.cancel,
    plan.ifUnwell,
    ...Object.values(plan.more),
    plan.arrival,
    plan.ifChildSaysNo,
    plan.support?.before,
    plan.support?.after,
    plan.between,
    plan.costs,
    plan.decision?.how,
    plan.decision?.howLong,
    plan.decision?.appeal,
    ...plan.deadlines.flatMap((deadline) => [deadline.title, longSwedishDate(deadline.date)]),
  ].filter((text): text is string => Boolean(text));
}

function typedChild(plan: ChildPlan): string[] {
  return [
    plan.childName,
    plan.parentName,
    plan.planDate && longSwedishDate(plan.planDate),
    ...plan.visits.flatMap((visit) => [longSwedishDate(visit.date), visit.time, visit.place]),
    plan.frequency,
    plan.place,
    ...plan.forms,
    plan.withMe,
    plan.talkTo,
    plan.socialWorker,
    plan.ifCancelled,
    plan.between,
    plan.myWords,
  ].filter((text): text is string => Boolean(text));
}

async function read(key: string, bytes: Uint8Array) {
  const file = toFile(key, bytes);
  const pdf = await openPdf(bytes);
  return { file, pdf, pages: pdfText(file).map(flat) };
}

describe('Vår plan as PDF', () => {
  test('a realistic plan is one A4 page with every typed item, the running head, the date and the safety line', async () => {
    const { pdf, pages } = await read('var-plan', await renderParentPlanPdf(realisticParentPlan, fonts));
    expect(pdf.numPages).toBe(1);
    const [width, height] = (await pdf.getPage(1)).view.slice(2);
    expect([Math.round(width!), Math.round(height!)]).toEqual([595, 842]);
    for (const text of typedParent(realisticParentPlan)) expect(pages[0], text).toContain(flat(text));
    expect(pages[0]).toContain('Vår plan – exemplar för Förälder 1');
    expect(pages[0]).toContain('Planen gjordes tisdag 1 december 2026');
    expect(pages[0]).toContain('Ring 112 om någon är i fara.');
    for (const heading of ['När och var ses vi?', 'Vem är med?', 'Vem ringer jag?', 'Om något går fel', 'Så kan vi ses mer', 'Viktiga datum']) {
      expect(pages[0]).toContain(heading);
    }
  });

  test('a plan with little filled in leaves the empty parts out but keeps the safety line', async () => {
    const plan: ParentPlan = {
      forWhom: 'Förälder 2',
      visits: [{ date: '2027-02-06' }],
      frequency: 'En gång i månaden',
      forms: [],
      contacts: [{ role: 'Barnets socialsekreterare', text: '  ' }],
      ifLate: '   ',
      more: {},
      deadlines: [],
    };
    const { pages } = await read('var-plan-tunn', await renderParentPlanPdf(plan, fonts));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Vår plan – exemplar för Förälder 2');
    expect(pages[0]).toContain('Hur ofta: En gång i månaden');
    expect(pages[0]).toContain('lördag 6 februari 2027');
    expect(pages[0]).toContain('Om något går fel Ring 112 om någon är i fara.');
    for (const absent of [
      'Planen gjordes',
      'Barnet:',
      'Hur länge',
      'Var?',
      'Så ses vi',
      'Vem är med?',
      'Personal',
      'Vem ringer jag?',
      'Barnets socialsekreterare',
      'Om du blir sen',
      'Om du inte kommer',
      'Så avbokar du',
      'Så kan vi ses mer',
      'Viktiga datum',
    ]) {
      expect(pages[0], absent).not.toContain(absent);
    }
  });

  test('a very long text continues on page 2 without losing a word, under the running head', async () => {
    const long = Array.from({ length: 70 }, (_, index) => `Mening ${index + 1} om det som behöver hända först.`).join(' ');
    const plan = { ...realisticParentPlan, more: { ...realisticParentPlan.more, needs: long } };
    const { pdf, pages } = await read('var-plan-lang', await renderParentPlanPdf(plan, fonts));
    expect(pdf.numPages).toBe(2);
    const text = body(pages, 'Vår plan – exemplar för Förälder 1 Planen gjordes tisdag 1 december 2026');
    expect(text).toContain(`Det här behöver hända: ${long} Så ser vi att det går bra:`);
    expect(pages[1]!.startsWith('Vår plan – exemplar för Förälder 1 Planen gjordes tisdag 1 december 2026')).toBe(true);
    expect(pages[1]).toContain('Sida 2 av 2');
    for (const typed of typedParent(plan)) expect(text, typed).toContain(flat(typed));
  });

  test('is tagged, titled and in Swedish, with its fonts embedded', async () => {
    const bytes = await renderParentPlanPdf(realisticParentPlan, fonts);
    const { file, pdf } = await read('var-plan-meta', bytes);
    const { info } = (await pdf.getMetadata()) as { info: Record<string, unknown> };
    expect(info.Title).toBe('Vår plan – exemplar för Förälder 1');
    expect(info.Language).toBe('sv-SE');
    const roles = (await readingOrder(pdf)).map((node) => node.role);
    expect(roles.filter((role) => role === 'H1')).toHaveLength(1);
    expect(roles.filter((role) => role === 'H2')).toHaveLength(6);
    const fontTable = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fontTable).toHaveLength(2);
    for (const row of fontTable) expect(row.split(/\s+/).at(-5), row).toBe('yes');
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
  });

  test('the same plan gives the same bytes', async () => {
    const first = await renderParentPlanPdf(realisticParentPlan, fonts);
    const second = await renderParentPlanPdf(realisticParentPlan, fonts);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });
});

describe('Min träffplan as PDF', () => {
  test.each(['7-12', '13-17'] as const)('a realistic plan for %s is one page with every typed item and the safety lines', async (band) => {
    const plan = realisticChildPlan(band);
    const { pdf, pages } = await read(`min-traffplan-${band}`, await renderChildPlanPdf(plan, fonts));
    expect(pdf.numPages).toBe(1);
    for (const text of typedChild(plan)) expect(pages[0], text).toContain(flat(text));
    expect(pages[0]!.startsWith('Min träffplan Planen gjordes tisdag 1 december 2026')).toBe(true);
    expect(pages[0]).toContain(
      band === '7-12' ? 'Du kan alltid säga till en vuxen som du litar på om något känns fel.' : 'Säg det till en vuxen du litar på',
    );
    expect(pages[0]).toContain('112');
    const { info } = (await pdf.getMetadata()) as { info: Record<string, unknown> };
    expect(info.Title).toBe('Min träffplan');
    expect(info.Language).toBe('sv-SE');
    // Eight headings, each with its symbol: eight stroked paths besides the box of the safety section.
    const operators = (await (await pdf.getPage(1)).getOperatorList()).fnArray;
    expect(operators.filter((op) => op === 91 /* OPS.constructPath */).length).toBeGreaterThanOrEqual(8);
  });

  test('the two age bands are worded differently', async () => {
    const young = (await read('barn-ung', await renderChildPlanPdf(realisticChildPlan('7-12'), fonts))).pages[0]!;
    const older = (await read('barn-aldre', await renderChildPlanPdf(realisticChildPlan('13-17'), fonts))).pages[0]!;
    expect(young).toContain('Här ser du när du kan träffa mamma Maria.');
    expect(older).toContain('Det här är planen för dina träffar med mamma Maria.');
    expect(young).not.toEqual(older);
  });

  test('an almost empty plan keeps only the safety section and leaves the cancelled-visit wording out', async () => {
    const { pages } = await read('barn-tom', await renderChildPlanPdf({ ageBand: '7-12', visits: [], forms: [], ifCancelled: ' ' }, fonts));
    expect(pages[0]).toContain('Min träffplan');
    expect(pages[0]).toContain('Här ser du när du kan träffa din mamma eller pappa.');
    expect(pages[0]).toContain('Om något känns fel');
    for (const absent of [
      'Planen gjordes',
      'Mitt namn',
      'När ses vi?',
      'Var ses vi?',
      'Vem är med?',
      'Det här får du veta',
      'Mellan träffarna',
      'Det här vill jag',
    ]) {
      expect(pages[0], absent).not.toContain(absent);
    }
  });

  test("a long account in the child's own words runs on to page 2", async () => {
    const words = Array.from({ length: 90 }, (_, index) => `Jag vill berätta sak ${index + 1} för mamma.`).join(' ');
    const { pdf, pages } = await read('barn-lang', await renderChildPlanPdf({ ...realisticChildPlan('13-17'), myWords: words }, fonts));
    expect(pdf.numPages).toBeGreaterThan(1);
    expect(body(pages, 'Min träffplan Planen gjordes tisdag 1 december 2026')).toContain(`Det här har du sagt ${words} Om något känns fel`);
    for (const page of pages) expect(page.startsWith('Min träffplan Planen gjordes tisdag 1 december 2026')).toBe(true);
  });
});
