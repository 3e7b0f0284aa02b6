import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { lastAmendment, parseHeader, parseStatute, provisionKey } from '../../../src/law/selex.ts';

const newer = readFileSync('tests/fixtures/lagtext/nyare/sfs-1990-52.md', 'utf8');

describe('reading a consolidated text in SE-Lex Markdown', () => {
  test('reads the header: number, title, publication date and the latest amendment', () => {
    const header = parseHeader(newer, 'nyare/sfs-1990-52.md');
    expect(header).toMatchObject({ sfs: '1990:52', title: 'Lag med särskilda bestämmelser om vård av unga', published: '2027-03-01' });
    expect(lastAmendment(header)).toBe('2027:100');
  });

  test('splits a section into its stycken, keeps a list in the stycke that introduces it, and takes the amending act off the end', () => {
    const section = parseStatute(newer, 'nyare/sfs-1990-52.md', '2027-03-01').inForce.get(provisionKey(undefined, '14'))!;
    expect(section.paragraphs).toHaveLength(3);
    expect(section.paragraphs[1]).toMatch(/^Om det är nödvändigt .* får socialnämnden\n1\. besluta .*, eller\n2\. besluta att den unges vistelseort/);
    expect(section.paragraphs[2]).toBe(
      'Socialnämnden ska minst en gång varannan månad överväga om ett sådant beslut som avses i andra stycket fortfarande behövs.',
    );
    expect(section.lastAmendedBy).toBe('2027:100');
  });

  test('keeps the words of a cross-reference and drops its address', () => {
    const section = parseStatute(newer, 'x', '2027-03-01').inForce.get(':41')!;
    expect(section.paragraphs[0]).toContain('3. med stöd av 14 § beslutat i fråga om umgänge');
    expect(section.paragraphs.join(' ')).not.toContain('](');
  });

  test('takes the version in force on the day asked for, and keeps a later one apart', () => {
    const text = [
      '---\nbeteckning: "2025:400"\nrubrik: Socialtjänstlag\npublicerad_datum: 2025-12-15\n---',
      '<section id="kap35.2" selex:status="upphord" selex:upphor_datum="2026-01-01">\n\n##### 2 §\n\nGammal lydelse.\n\n</section>',
      '<section id="kap35.2" selex:status="ikraft" selex:ikraft_datum="2026-01-01">\n\n##### 2 §\n\nNy lydelse. Lag ([2025:1299](https://selex.se/eli/sfs/2025/1299)).\n\n</section>',
    ].join('\n');
    const before = parseStatute(text, 'x', '2025-12-31');
    expect(before.inForce.get('35:2')!.paragraphs).toEqual(['Gammal lydelse.']);
    expect(before.upcoming.get('35:2')).toMatchObject({ paragraphs: ['Ny lydelse.'], inForceFrom: '2026-01-01' });
    const after = parseStatute(text, 'x', '2026-12-01');
    expect(after.inForce.get('35:2')).toMatchObject({ paragraphs: ['Ny lydelse.'], lastAmendedBy: '2025:1299' });
    expect(after.upcoming.size).toBe(0);
  });

  test('reads the older format without <section> elements, where a group heading may stand as a plain line', () => {
    const text =
      '---\nbeteckning: 2017:900\nrubrik: Förvaltningslag\npublicerad_datum: 2025-06-02\n---\n\n# Förvaltningslag\n\n### 32 §\n\nEtt beslut ska innehålla en klargörande motivering.\n\nUnderrättelse om innehållet i beslut\n\n### 33 §\n\nEn myndighet ska underrätta parten.\n\n## Övergångsbestämmelser\n\n### 1 §\n\nInte en paragraf i lagen.\n';
    const parsed = parseStatute(text, 'x', '2026-12-01');
    expect(parsed.inForce.get(':32')!.paragraphs).toEqual(['Ett beslut ska innehålla en klargörande motivering.']);
    expect(parsed.inForce.get(':33')!.paragraphs).toEqual(['En myndighet ska underrätta parten.']);
    expect(parsed.inForce.size).toBe(2);
  });

  test('names the file when it is not a consolidated text', () => {
    expect(() => parseHeader('# Bara en rubrik\n', 'fel.md')).toThrow(
      'fel.md: ingen rubrikdel (---) överst: filen är inte en lagtext i SE-Lex format',
    );
    expect(() => parseHeader('---\nrubrik: Lag\n---\n', 'fel.md')).toThrow('fel.md: rubrikdelen saknar beteckning, rubrik eller publicerad_datum');
  });
});
