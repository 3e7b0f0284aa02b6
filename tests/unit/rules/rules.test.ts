import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ruleSchema } from '../../../src/schemas/rule.ts';
import { formatIssues } from '../../../src/schemas/format-issues.ts';
import { forgetRules, readRule, readRules, ruleSentence } from '../../../src/rules/read-rules.ts';
import { readLegalEntry } from '../../../src/law/registry-entries.ts';
import { parseTemplate } from '../../../src/templates/load.ts';
import { readYamlFixture } from '../../support/yaml-fixture.ts';
import { lix } from '../../../src/readability/lix.ts';

const template = (path: string) => () => parseTemplate(path, readFileSync(path, 'utf8'));

describe('rules written once', () => {
  test('every rule in content/regler parses, and each cites provisions that exist', () => {
    const rules = readRules();
    expect(rules.size).toBeGreaterThan(10);
    for (const [id, rule] of rules) expect(rule.citations.length, id).toBe(rule.lagrum.length);
  });

  test('are read once, and again after forgetRules (what the templates loader calls before each load)', () => {
    const first = readRules();
    expect(readRules()).toBe(first);
    forgetRules();
    const second = readRules();
    expect(second).not.toBe(first);
    expect([...second.keys()]).toEqual([...first.keys()]);
  });

  test('take each provision from the legal registry as its collection reads it, parsed once', () => {
    const rule = readRule('content/regler/vem-beslutar-umgange-lvu.yaml');
    expect(readRule('content/regler/vem-beslutar-umgange-lvu.yaml')).toBe(rule);
    expect(readLegalEntry(`content/lagrum/${rule.lagrum[0]}.yaml`)).toBe(readLegalEntry(`content/lagrum/${rule.lagrum[0]}.yaml`));
    expect(readRules().get('vem-beslutar-umgange-lvu')!.lagrum).toBe(rule.lagrum);
  });

  test('a rule that rests on a provision the registry does not have fails with the file and the id', () => {
    expect(() => readRule('tests/fixtures/registries/regler/okant-lagrum.yaml')).toThrow(
      'tests/fixtures/registries/regler/okant-lagrum.yaml: okänt lagrum-id "lvu-paragraf-som-inte-finns" i lagrum: det finns ingen fil content/lagrum/lvu-paragraf-som-inte-finns.yaml',
    );
  });

  test('a rule whose provision is removed after it was read fails with the file and the id, not a file error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'regel-'));
    try {
      mkdirSync(join(dir, 'lagrum'));
      writeFileSync(join(dir, 'lagrum', 'lvu-umgange.yaml'), 'law: LVU\n');
      const file = join(dir, 'regel.yaml');
      writeFileSync(file, readFileSync('tests/fixtures/registries/regler/okant-lagrum.yaml', 'utf8').replace(', lvu-paragraf-som-inte-finns', ''));
      expect(readRule(file, join(dir, 'lagrum')).lagrum).toEqual(['lvu-umgange']);
      rmSync(join(dir, 'lagrum', 'lvu-umgange.yaml'));
      expect(() => readRule(file, join(dir, 'lagrum'))).toThrow(
        `${file}: okänt lagrum-id "lvu-umgange" i lagrum: det finns ingen fil ${join(dir, 'lagrum')}/lvu-umgange.yaml`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a template states a rule in the rule's own words with its citations", () => {
    const help = template('tests/fixtures/templates/rules/with-rule.yaml')().sections[0]!.help!;
    const rule = readRules().get('vem-beslutar-umgange-lvu')!;
    expect(help).toBe(`Vem beslutar? ${ruleSentence(rule)}`);
    expect(help).toContain('(14 § LVU, 30 kap. 7 § socialtjänstlagen).');
    expect(help).not.toContain('{{');
  });

  test('a template that names an unknown rule fails with the file and the field', () => {
    expect(template('tests/fixtures/templates/invalid/unknown-rule.yaml')).toThrow(
      'tests/fixtures/templates/invalid/unknown-rule.yaml: mallen följer inte schemat:\n  - sections[0].help (id "beslut"): okänd regel {{regel:finns-inte}}: det finns ingen fil content/regler/finns-inte.yaml',
    );
  });

  test('the plain wording of every rule stays within the easy-to-read limit, as the pages that print it must', () => {
    const over = [...readRules()]
      .filter(([, rule]) => rule.lattlast && lix(rule.lattlast).lix > 30)
      .map(([id, rule]) => `${id}: LIX ${lix(rule.lattlast!).lix}`);
    expect(over).toEqual([]);
  });

  test('the plain wording of a rule carries no paragraph numbers', () => {
    const result = ruleSchema.safeParse(readYamlFixture('registries/regler/lattlast-med-paragraf.yaml'));
    expect(result.success).toBe(false);
    expect(formatIssues(result.error!.issues)).toBe(
      '  - lattlast: lattlast får inte innehålla paragrafnummer (§, kap., stycket): de står i rutan för vuxna i slutet av sidan',
    );
  });

  test('no published template states a rule in words of its own where the rule says who decides', () => {
    // The wrong route that the law review found: an official with delegation cannot decide under 14 § LVU.
    for (const name of ['umgangesplan', 'forslag-till-beslut-om-umgange-lvu', 'bedomning-av-umgange', 'uppfoljning-av-umgangesplan']) {
      const text = JSON.stringify(parse(readFileSync(`templates/${name}.yaml`, 'utf8')));
      expect(text, name).not.toMatch(/delegationsordningen anger|[Dd]elegat enligt delegationsordningen/);
    }
  });
});
