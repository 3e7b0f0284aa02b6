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
