import { describe, expect, test } from 'vitest';
import { prefixFragment } from '../../../src/html/prefix-fragment.ts';

describe('prefixFragment', () => {
  test('prefixes ids, in-page links and id references, and leaves other links alone', () => {
    const html = prefixFragment(
      '<label for="namn">Namn</label><input id="namn" aria-describedby="hjalp fel"><p id="hjalp">Hjälp</p><a href="#namn">till fältet</a><a href="/handboken/">Handboken</a><a href="#">topp</a>',
      'kapitel-a',
    );
    expect(html).toContain('<label for="kapitel-a-namn">');
    expect(html).toContain('<input id="kapitel-a-namn" aria-describedby="kapitel-a-hjalp kapitel-a-fel">');
    expect(html).toContain('<p id="kapitel-a-hjalp">');
    expect(html).toContain('<a href="#kapitel-a-namn">');
    expect(html).toContain('<a href="/handboken/">');
    expect(html).toContain('<a href="#">');
  });

  test('moves headings and Starlight heading wrappers one level down', () => {
    const html = prefixFragment('<div class="sl-heading-wrapper level-h2"><h2 id="mal">Mål</h2></div><h5>Sist</h5><h6>Lägst</h6>', 'k');
    expect(html).toBe('<div class="sl-heading-wrapper level-h3"><h3 id="k-mal">Mål</h3></div><h6>Sist</h6><h6>Lägst</h6>');
  });

  test('text that only looks like markup is not rewritten', () => {
    expect(prefixFragment('<p>Skriv id="x" och &lt;h2&gt; som text</p>', 'k')).toBe('<p>Skriv id="x" och &#x3C;h2> som text</p>');
  });
});
