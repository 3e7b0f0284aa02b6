import { describe, expect, test } from 'vitest';
import { loadTemplates } from '../../../src/templates/load.ts';
import { templateControls } from '../../../src/templates/form-fields.ts';
import {
  appliesIn,
  chosenSituation,
  copyFileName,
  templateForCopy,
  templateForSituation,
  valuesForCopy,
  WITHHELD_NOTE,
} from '../../../src/templates/copies.ts';
import { SITUATIONS } from '../../../src/templates/situations.ts';

const templates = loadTemplates('templates');
const plan = templates.find((template) => template.id === 'umgangesplan')!;
const fieldIds = (template: { sections: { fields: { id: string }[] }[] }) =>
  template.sections.flatMap((section) => section.fields.map((field) => field.id));

describe("a recipient's copy holds only the fields on its list", () => {
  test('every copy of every template: exactly the listed fields, in the template order, and no empty section', () => {
    for (const template of templates) {
      for (const copy of template.copies) {
        const { template: copyTemplate, copy: info } = templateForCopy(template, copy.id);
        const expected = copy.fields === 'alla' ? fieldIds(template) : fieldIds(template).filter((id) => copy.fields.includes(id));
        expect(fieldIds(copyTemplate), `${template.id}/${copy.id}`).toEqual(expected);
        expect(copyTemplate.sections.every((section) => section.fields.length > 0)).toBe(true);
        expect(info.withheld, `${template.id}/${copy.id}`).toBe(expected.length < fieldIds(template).length);
      }
    }
  });

  test('a field added to a template stays out of every copy but the case file until it is listed', () => {
    const added = structuredClone(plan);
    added.sections[0]!.fields.push({ id: 'ny-uppgift', label: 'En ny uppgift', type: 'text' });
    for (const copy of added.copies) {
      const held = fieldIds(templateForCopy(added, copy.id).template).includes('ny-uppgift');
      expect(held, copy.id).toBe(copy.id === 'akten');
    }
  });

  test("a copy's values are only those of its own controls", () => {
    const { template: copyTemplate } = templateForCopy(plan, 'foraldern');
    const all = Object.fromEntries(templateControls(plan).map((control) => [control.name, control.kind === 'checkbox' ? true : `«${control.name}»`]));
    const kept = valuesForCopy(copyTemplate, all);
    expect(Object.keys(kept).sort()).toEqual(
      templateControls(copyTemplate)
        .map((control) => control.name)
        .sort(),
    );
    expect(kept['skyddsbehov']).toBeUndefined();
  });

  test('an unknown copy is a Swedish error naming the copies there are', () => {
    expect(() => templateForCopy(plan, 'grannen')).toThrow(
      'Mallen "Umgängesplan" har inget exemplar "grannen". Exemplar: akten, foraldern, den-unge, familjehemmet, umgangespersonalen, barnet.',
    );
  });

  test('the note on a copy with parts withheld, and the file names say whose copy it is', () => {
    expect(WITHHELD_NOTE).toBe('Vissa delar finns bara i socialtjänstens akt och står inte i det här exemplaret.');
    expect(copyFileName(plan, 'foraldern', 'pdf', 'last')).toBe('umgangesplan-last-foraldern.pdf');
    expect(copyFileName(plan, 'familjehemmet', 'ics', 'kalender')).toBe('umgangesplan-kalender-familjehemmet.ics');
  });
});

describe('the visitation plan in a case with violence between the parents', () => {
  test("the parent's copy holds nothing about the other parent, the protection, the assessment, the foster home's contact or the child's views", () => {
    const held = fieldIds(templateForCopy(plan, 'foraldern').template);
    for (const id of [
      'andra-foralderns-namn',
      'andra-foralder-vardnadshavare',
      'installning-andra-foraldern',
      'skyddsbehov',
      'bedomning',
      'familjehemmets-kontakt',
      'familjehemmets-namn',
      'barnets-tankar',
      'barnets-mening-vagning',
      'utskickslista',
      'information-till-familjehemmet',
      'familjehemmet-far-inte-beratta',
      'varden-paborjad',
      'placeringen-verkstalld',
      'barnets-fodelsedatum',
    ]) {
      expect(held, id).not.toContain(id);
    }
  });

  test("the foster home's copy holds no parent's contact details, treatment, support person, decision reasons or the committee's dates", () => {
    const held = fieldIds(templateForCopy(plan, 'familjehemmet').template);
    for (const id of [
      'foralder-kontakt',
      'foralderns-behandlare',
      'foralderns-stodperson',
      'begransning-varfor',
      'skyddsbehov',
      'bedomning',
      'viktiga-datum',
      'varden-paborjad',
      'provtagning-beslut',
    ]) {
      expect(held, id).not.toContain(id);
    }
  });

  test("the young person's copy holds the decision and how to appeal it, and nothing of the parent's treatment or samples", () => {
    const held = fieldIds(templateForCopy(plan, 'den-unge').template);
    expect(held).toEqual(expect.arrayContaining(['begransning-hur', 'overklagande', 'installning-den-unge', 'underskrifter']));
    for (const id of ['foralderns-mediciner', 'foralderns-behandlare', 'provtagning-beslut', 'nykterhet', 'foralder-kontakt'])
      expect(held, id).not.toContain(id);
  });
});

describe('the situation decides which parts apply', () => {
  test('no LVU part in a plan for a placement under socialtjänstlagen, and no SoL part under LVU', () => {
    const sol = templateForSituation(plan, 'sol').sections.map((section) => section.id);
    expect(sol).toContain('grund-sol');
    expect(sol).not.toContain('beslut-lvu');
    expect(fieldIds(templateForSituation(plan, 'sol'))).not.toContain('provtagning-beslut');
    const lvu = templateForSituation(plan, 'lvu-2').sections.map((section) => section.id);
    expect(lvu).toContain('beslut-lvu');
    expect(lvu).not.toContain('grund-sol');
    expect(lvu).not.toContain('grund-vardnad');
  });

  test('a sample decision applies only to care under 2 § LVU, and a 14 § decision also during an immediate custody order', () => {
    for (const id of Object.keys(SITUATIONS) as (keyof typeof SITUATIONS)[]) {
      const fields = fieldIds(templateForSituation(plan, id));
      expect(fields.includes('provtagning-beslut'), id).toBe(id === 'lvu-2' || id === 'lvu-2-3');
      expect(fields.includes('begransning-beslutsdatum'), id).toBe(id.startsWith('lvu-'));
    }
  });

  test('with no situation chosen, everything applies; the chosen label reads back as its situation', () => {
    expect(templateForSituation(plan, undefined)).toBe(plan);
    expect(appliesIn(['sol'], undefined)).toBe(true);
    expect(chosenSituation(plan, { situation: SITUATIONS['lvu-6'] })).toBe('lvu-6');
    expect(chosenSituation(plan, { situation: 'Något annat' })).toBeUndefined();
  });
});
