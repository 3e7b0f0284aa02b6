import { describe, expect, test } from 'vitest';
import { citationsIn, mdxTree } from '../../../src/markdown/citation-elements.ts';

describe('the citations in an MDX page', () => {
  test('every citation component in document order, with its id, also inside other elements', () => {
    const source = [
      'Se <Lagrum id="lvu-umgange" /> och <Term id="lvu">LVU</Term>.',
      '',
      '<Aside>',
      '<Regel id="kommunicering" lattlast />',
      '</Aside>',
      '',
      '- <Sv>Källa</Sv> <Kalla id="jo-38-2015" /> och <Lagrum />',
      '',
      '<LinkCard title="Inte en källa" href="/om/" />',
    ].join('\n');
    expect(citationsIn(mdxTree(source)).map(({ name, id }) => ({ name, id }))).toEqual([
      { name: 'Lagrum', id: 'lvu-umgange' },
      { name: 'Term', id: 'lvu' },
      { name: 'Regel', id: 'kommunicering' },
      { name: 'Kalla', id: 'jo-38-2015' },
      { name: 'Lagrum', id: undefined },
    ]);
  });

  test('not a citation inside code or a comment, nor an element named like a property of every object', () => {
    expect(citationsIn(mdxTree('```\n<Lagrum id="a" />\n```\n\n{/* <Lagrum id="b" /> */}\n\n<constructor id="c" />\n'))).toEqual([]);
  });
});
