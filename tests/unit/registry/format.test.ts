import { describe, expect, test } from 'vitest';
import { formatDate, formatLegalCitation, formatSourceCitation } from '../../../src/registry/format.ts';

describe('citations', () => {
  test.each([
    [{ shortName: 'LVU', section: '14' }, '14 § LVU'],
    [{ shortName: 'LVU', section: '32 a–32 c' }, '32 a–32 c §§ LVU'],
    [{ shortName: 'Socialtjänstlagen', chapter: '22', section: '9' }, '22 kap. 9 § socialtjänstlagen'],
    [{ shortName: 'Föräldrabalken', chapter: '6', section: '15 c' }, '6 kap. 15 c § föräldrabalken'],
    [{ shortName: 'Barnkonventionen', article: '12' }, 'artikel 12 barnkonventionen'],
    [{ shortName: 'OSL', chapter: '26', section: '1' }, '26 kap. 1 § OSL'],
  ])('%o -> %s', (reference, citation) => {
    expect(formatLegalCitation(reference)).toBe(citation);
  });

  test('sources and dates in Swedish', () => {
    expect(formatSourceCitation({ publisher: 'RFHL Riksförbundet', year: 2017 })).toBe('RFHL Riksförbundet 2017');
    expect(formatDate(new Date('2026-11-25'))).toBe('25 november 2026');
  });
});

test('a citation names the stycken the entry rests on, in Swedish ordinals', () => {
  expect(formatLegalCitation({ shortName: 'LVU', section: '14', paragraph: '2' })).toBe('14 § andra stycket LVU');
  expect(formatLegalCitation({ shortName: 'LVU', section: '1', paragraph: '1–2' })).toBe('1 § första och andra styckena LVU');
  expect(formatLegalCitation({ shortName: 'Socialtjänstlagen', chapter: '21', section: '1', paragraph: '2–4' })).toBe(
    '21 kap. 1 § andra–fjärde styckena socialtjänstlagen',
  );
  expect(formatLegalCitation({ shortName: 'LVU', section: '15 l, 15 m' })).toBe('15 l, 15 m §§ LVU');
});
