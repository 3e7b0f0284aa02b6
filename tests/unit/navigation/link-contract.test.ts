import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkLinkContract, mergeContract, newLinks, type LinkMap } from '../../../src/navigation/link-contract.ts';

const contract: LinkMap = JSON.parse(readFileSync('tests/fixtures/link-contract/contract.json', 'utf8'));

describe('the link contract', () => {
  const published: LinkMap = {
    '/handboken/umgangesplanen/': ['gor-planen-tillsammans', 'hall-planen-levande'],
    '/handboken/nytt-kapitel/': ['forsta-avsnittet'],
  };

  test('fails when a page disappears without a redirect', () => {
    expect(checkLinkContract(contract, published, {})).toEqual([
      'sidan /handboken/gammalt-kapitel/ finns inte längre och ingen omdirigering leder vidare: lägg till en i src/navigation/redirects.ts',
    ]);
  });

  test('passes when a redirect sends the old address to a page that has the anchors', () => {
    expect(checkLinkContract(contract, published, { '/handboken/gammalt-kapitel': '/handboken/nytt-kapitel/' })).toEqual([]);
  });

  test('fails when an anchor disappears, and says how to keep it', () => {
    const renamed = { ...published, '/handboken/umgangesplanen/': ['gor-planen-tillsammans', 'hall-planen-aktuell'] };
    expect(checkLinkContract(contract, renamed, { '/handboken/gammalt-kapitel': '/handboken/nytt-kapitel/' })).toEqual([
      'ankaret /handboken/umgangesplanen/#hall-planen-levande finns inte längre: ge rubriken id:t igen med {/* #hall-planen-levande */} eller lägg <span id="hall-planen-levande" data-anchor-alias></span> där avsnittet nu står',
    ]);
  });

  test('new links are added and nothing is removed', () => {
    const added = newLinks(contract, published);
    expect(added).toEqual({ '/handboken/nytt-kapitel/': ['forsta-avsnittet'] });
    expect(Object.keys(mergeContract(contract, added))).toEqual([
      '/handboken/gammalt-kapitel/',
      '/handboken/nytt-kapitel/',
      '/handboken/umgangesplanen/',
    ]);
  });
});
