import { describe, expect, test } from 'vitest';
import { lix, mdxToProse } from '../../../src/readability/lix.ts';
import { citationComponents } from '../../../src/markdown/citation-elements.ts';

const lines = (source: string) => mdxToProse(source).split(/\n+/);
const sentences = (source: string) => lix(mdxToProse(source)).sentences;

describe('the prose of an MDX page, read from its Markdown tree', () => {
  test('leaves out frontmatter, imports and exports, code blocks and JSX comments', () => {
    const source = [
      '---',
      'title: Rubrik i frontmatter',
      '---',
      "import Bild from '../bild.astro';",
      'export const version = 2;',
      '',
      '## Före umgänget {/* #fore-umganget */}',
      '',
      '```',
      'kodrad',
      '```',
      '',
      '{/* En kommentar till den som skriver. */}',
      '',
      'Barnet träffar mamma.',
    ].join('\n');
    expect(lines(source)).toEqual(['Före umgänget', 'Barnet träffar mamma.']);
  });

  test('keeps a * or | that is part of the text', () => {
    expect(mdxToProse('Fält med \\* måste fyllas i, och | skiljer två val.\n')).toBe('Fält med * måste fyllas i, och | skiljer två val.');
    expect(mdxToProse('| Val |\n| --- |\n| ja \\| nej |\n')).toBe('Val\n\nja | nej');
  });

  test('keeps the text of a link whose text has brackets, and drops its target', () => {
    const prose = mdxToProse('Läs [kapitlet om lagen [LVU]](/handboken/lag-och-ansvar/) först.\n');
    expect(prose).toBe('Läs kapitlet om lagen [LVU] först.');
  });

  test('keeps inline code as the word it is in its sentence, even with angle brackets in it', () => {
    expect(mdxToProse('Schemat ligger på `/data/schema/<namn>.schema.json` för varje fil.\n')).toBe(
      'Schemat ligger på /data/schema/<namn>.schema.json för varje fil.',
    );
  });

  test('an image reads as its alt text', () => {
    expect(mdxToProse('Se ![en karta över rummet](/bild.png) nedan.\n')).toBe('Se en karta över rummet nedan.');
  });

  test('leaves out code fences inside JSX components, also fences of tildes and fences inside longer fences', () => {
    const steps = '<Steps>\n\n1. Öppna mallen.\n\n   ~~~\n   kodrad med ord\n   ~~~\n\n2. Fyll i den.\n\n</Steps>\n';
    expect(lines(steps)).toEqual(['Öppna mallen.', 'Fyll i den.']);
    expect(mdxToProse('````md\n```\ninre\n```\nyttre\n````\n\nText efter.\n')).toBe('Text efter.');
  });

  test('keeps the text inside wrapper components, and leaves out their attributes', () => {
    const source =
      'Innan.\n\n<Aside type="tip">\nEtt **råd**.\n</Aside>\n\n<LinkCard title="Före > efter" href="/handboken/fore-umganget/" />\n\nDet heter <Sv>umgänge</Sv>.\n';
    expect(lines(source)).toEqual(['Innan.', 'Ett råd.', 'Det heter umgänge.']);
  });

  test('keeps the title of a Starlight aside, also with brackets in it, as a line of its own', () => {
    expect(lines(':::caution[Om [LVU] gäller]\nDå ser det *annorlunda* ut.\n:::\n')).toEqual(['Om [LVU] gäller', 'Då ser det annorlunda ut.']);
    expect(lines(':::note\nUtan rubrik.\n:::\n')).toEqual(['Utan rubrik.']);
  });

  test('puts back what only looks like a directive, such as the ":s" in "FN:s"', () => {
    expect(mdxToProse('Enligt FN:s konvention, kl. 10:30.\n')).toBe('Enligt FN:s konvention, kl. 10:30.');
  });

  test('each list item is a line, also in nested lists, and a line break inside one is a space', () => {
    const list = '- Första punkten\n  - Inre punkt som\n    fortsätter här\n- [ ] Tredje punkten\n\n1. Ett steg\n2. Ett till\n';
    expect(lines(list)).toEqual(['Första punkten', 'Inre punkt som fortsätter här', 'Tredje punkten', 'Ett steg', 'Ett till']);
    expect(sentences(list)).toBe(5);
  });

  test('a line break inside a paragraph does not end a sentence; a hard break does', () => {
    expect(sentences('Barnet träffar\nmamma varje vecka\n')).toBe(1);
    expect(sentences('Barnet träffar\\\nmamma varje vecka\n')).toBe(2);
  });

  test('each heading, paragraph and table cell is a sentence of its own', () => {
    const table = '## Vem gör vad\n\n| Vem | Gör vad |\n| --- | --- |\n| Socialsekreteraren | Skriver planen |\n\nSe tabellen\n';
    expect(lines(table)).toEqual(['Vem gör vad', 'Vem', 'Gör vad', 'Socialsekreteraren', 'Skriver planen', 'Se tabellen']);
    expect(sentences(table)).toBe(6);
  });

  test('a term reads as its words or its id; the other citation components are left out', () => {
    expect(mdxToProse('Vid vård enligt <Term id="lvu" /> gäller <Term id="vardplan">vårdplanen</Term> <Lagrum id="lvu-umgange" />.\n')).toBe(
      'Vid vård enligt lvu gäller vårdplanen .',
    );
    expect(mdxToProse('Regeln:\n\n<Regel id="kommunicering" lattlast />\n\nSlut <Kalla id="jo-38-2015" />.\n')).toBe('Regeln:\n\nSlut .');
  });

  test('decides for every citation component, by its name in citationComponents', () => {
    for (const name of Object.keys(citationComponents)) {
      const prose = mdxToProse(`Före <${name} id="ett-id" /> efter.\n`);
      expect(prose, name).toBe(name === 'Term' ? 'Före ett-id efter.' : 'Före efter.');
    }
  });
});
