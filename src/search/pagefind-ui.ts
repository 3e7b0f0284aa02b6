/*
 * Stands in for '@pagefind/default-ui' (see the alias in astro.config.mjs). Starlight creates the search UI
 * when the browser is idle after every page load, which fetches Pagefind's UI (about 95 kB) on every visit.
 * Here it loads when the search dialog first opens: a reader who never searches fetches none of it.
 */
interface Options extends Record<string, unknown> {
  element: string;
}

export class PagefindUI {
  constructor(options: Options) {
    const container = document.querySelector<HTMLElement>(options.element);
    const dialog = container?.closest('dialog');
    const load = async () => {
      const { PagefindUI: SearchUI } = await import('./pagefind-ui-core.ts');
      new SearchUI(options);
      // Starlight focused the search field on opening, before it existed: focus it once it does.
      const focus = () => container?.querySelector('input')?.focus();
      const input = new MutationObserver(() => {
        if (!container?.querySelector('input')) return;
        input.disconnect();
        if (dialog?.open) focus();
      });
      if (container?.querySelector('input')) focus();
      else if (container) input.observe(container, { childList: true, subtree: true });
    };
    if (!dialog || dialog.open) {
      void load();
      return;
    }
    const opened = new MutationObserver(() => {
      if (!dialog.open) return;
      opened.disconnect();
      void load();
    });
    opened.observe(dialog, { attributes: true, attributeFilter: ['open'] });
  }
}
