import { markdownToHtml, type HastPluginList } from 'satteri';
import { describe, expect, test } from 'vitest';
import { checklistBoxes } from '../../../src/markdown/checklists.ts';
import { printLinks } from '../../../src/markdown/print-links.ts';
import { swedishQuotes, swedishQuotesPlugin } from '../../../src/markdown/swedish-quotes.ts';

// Sätteri returns a promise only when a plugin is async; awaiting covers both.
const html = async (source: string, hastPlugins: HastPluginList) =>
  (await markdownToHtml(source, { features: { smartPunctuation: true }, hastPlugins })).html.trim();

describe('Swedish quotation marks', () => {
  test('straight quotes become ”…” and ’…’, the same mark on both sides', async () => {
    expect(await html('Hon sa "hej" och \'då\'.', [swedishQuotesPlugin])).toBe('<p>Hon sa ”hej” och ’då’.</p>');
  });

  test('English opening marks typed by hand are turned too, and other text is left alone', () => {
    expect(swedishQuotes('“citat” och ‘ord’')).toBe('”citat” och ’ord’');
    expect(swedishQuotes('Barnets bästa – alltid…')).toBe('Barnets bästa – alltid…');
  });
});

describe('print addresses', () => {
  test('a link within the site and an outside link carry their full address; an anchor does not', async () => {
    const output = await html('[Planen](/handboken/umgangesplanen/), [Qrut](https://qrut.se/) och [här](#steg)', [
      printLinks({ site: 'https://example.se' }),
    ]);
    expect(output).toContain('<a href="/handboken/umgangesplanen/" data-print-href="https://example.se/handboken/umgangesplanen/">');
    expect(output).toContain('<a href="https://qrut.se/" data-print-href="https://qrut.se/">');
    expect(output).toContain('<a href="#steg">');
  });
});

describe('checklists', () => {
  test('a task-list box is drawn, hidden from screen readers, instead of an unnamed checkbox', async () => {
    const output = await html('- [ ] Boka rummet\n- [x] Ring familjehemmet\n', [checklistBoxes]);
    expect(output).not.toContain('<input');
    expect(output).toContain('<li class="task-list-item"><span class="checklist-box" aria-hidden="true"></span> Boka rummet</li>');
    expect(output).toContain('<span class="checklist-box checklist-box--checked" aria-hidden="true"></span> Ring familjehemmet');
  });

  test('a box in a loose list, where each item is a paragraph, is drawn too', async () => {
    const output = await html('- [ ] Boka rummet\n\n- [x] Ring familjehemmet\n', [checklistBoxes]);
    expect(output).not.toContain('<input');
    expect(output).toContain('<p><span class="checklist-box" aria-hidden="true"></span> Boka rummet</p>');
  });
});
