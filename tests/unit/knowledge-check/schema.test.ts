import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { KnowledgeCheckError, readKnowledgeCheck, readPracticeCase } from '../../../src/schemas/knowledge-check.ts';

const fixture = (name: string) => `tests/fixtures/kunskapskoll/${name}`;
const checkFails = (name: string) => () => readKnowledgeCheck(fixture(name));
const caseFails = (name: string) => () => readPracticeCase(fixture(name));

describe('the knowledge checks and practice cases in content/', () => {
  test.each(readdirSync('content/kunskapskoll'))('kunskapskoll/%s follows the schema', (name) => {
    const check = readKnowledgeCheck(`content/kunskapskoll/${name}`);
    expect(check.questions.length).toBeGreaterThanOrEqual(5);
  });

  test('every course module, 1 to 6, has a knowledge check', () => {
    expect(readdirSync('content/kunskapskoll').sort()).toEqual([1, 2, 3, 4, 5, 6].map((n) => `modul-${n}.yaml`));
  });

  test.each(readdirSync('content/ovningsfall'))('ovningsfall/%s follows the schema', (name) => {
    expect(readPracticeCase(`content/ovningsfall/${name}`).choices.length).toBeGreaterThanOrEqual(2);
  });

  test('the practice cases asked for are there: module 4, 5 and 6', () => {
    const modules = readdirSync('content/ovningsfall').map((name) => readPracticeCase(`content/ovningsfall/${name}`).module);
    expect(modules.sort()).toEqual([
      '/utbildning/modul-4-fore-under-efter/',
      '/utbildning/modul-5-risk-vald-och-prov/',
      '/utbildning/modul-6-beslut-enligt-lvu/',
    ]);
  });
});

describe('malformed knowledge checks are refused with the file named', () => {
  test('fewer than five questions', () => {
    expect(checkFails('fyra-fragor.yaml')).toThrow(
      `${fixture('fyra-fragor.yaml')}: kunskapskollen följer inte schemat:\n  - questions: questions ska ha minst 5 frågor`,
    );
  });

  test('a question without a right answer', () => {
    expect(checkFails('inget-ratt-svar.yaml')).toThrow('  - questions[0].options: minst ett svarsalternativ ska ha correct: true');
  });

  test('a link without an anchor', () => {
    expect(checkFails('lank-utan-ankare.yaml')).toThrow(
      '  - questions[1].link.href: href ska vara en sökväg på webbplatsen med ankare, till exempel /handboken/under-umganget/#avsnitt',
    );
  });

  test('a question with a single option', () => {
    expect(checkFails('ett-alternativ.yaml')).toThrow('  - questions[2].options: options ska ha minst 2 svarsalternativ');
  });

  test('an explanation that does not explain', () => {
    expect(checkFails('kort-forklaring.yaml')).toThrow(
      '  - questions[0].options[2].explanation: explanation ska förklara i hela meningar varför alternativet är rätt eller fel',
    );
  });

  test('a file that is not YAML', () => {
    expect(checkFails('ogiltig-yaml.yaml')).toThrow(new RegExp(`^${fixture('ogiltig-yaml.yaml')}: ogiltig YAML: `));
    expect(checkFails('ogiltig-yaml.yaml')).toThrow(KnowledgeCheckError);
  });
});

describe('malformed practice cases are refused with the file named', () => {
  test('a second level where no choice is the handbook’s answer', () => {
    expect(caseFails('ovningsfall-utan-rekommenderat-val.yaml')).toThrow(
      `${fixture('ovningsfall-utan-rekommenderat-val.yaml')}: övningsfallet följer inte schemat:\n  - choices[0].next.choices: minst ett val ska ha recommended: true: det handboken säger att du ska göra`,
    );
  });

  test('a third level of choices', () => {
    expect(caseFails('ovningsfall-tredje-niva.yaml')).toThrow(
      '  - choices[0].next.choices[0].next: next får bara stå på första nivån: ett övningsfall har högst två nivåer av val',
    );
  });
});
