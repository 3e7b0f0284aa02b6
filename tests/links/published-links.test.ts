import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkLinkContract, newLinks, readPublishedLinks, type LinkMap } from '../../src/navigation/link-contract.ts';
import { redirects } from '../../src/navigation/redirects.ts';

const contract: LinkMap = JSON.parse(readFileSync('content/published-links.json', 'utf8'));
const published = readPublishedLinks('dist');

describe('the built site keeps its published links', () => {
  test('every address and anchor in content/published-links.json still answers', () => {
    expect(checkLinkContract(contract, published, redirects)).toEqual([]);
  });

  test('every published address and anchor is in the contract (npm run link-contract adds them)', () => {
    expect(newLinks(contract, published)).toEqual({});
  });

  test('the contract covers the sections, registries and the whole handbook', () => {
    for (const path of ['/', '/handboken/', '/manualer/', '/mallar/', '/utbildning/', '/lattlast/', '/om/', '/handboken/hela-handboken/', '/mallar/umgangesplan/']) {
      expect(contract[path], path).toBeDefined();
    }
    expect(contract['/om/lagrum/']).toContain('lvu-umgange');
    expect(contract['/om/ordlista/']).toContain('lvu');
    expect(contract['/om/']).toContain('kalla-qrut-slutrapport-2017');
  });
});
