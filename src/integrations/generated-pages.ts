import type { AstroIntegration } from 'astro';

/** Adds the generated pages: a web page, a blank PDF and a Word document for every template, the open data under /data/ with its schemas, and the whole handbook on one page. */
export default function generatedPages({ wholeHandbook = true }: { wholeHandbook?: boolean } = {}): AstroIntegration {
  return {
    name: 'umgangeshandboken:generated-pages',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: '/mallar/[id]', entrypoint: new URL('../routes/template-page.astro', import.meta.url) });
        injectRoute({ pattern: '/mallar/[file].pdf', entrypoint: new URL('../routes/template-pdf.ts', import.meta.url) });
        injectRoute({ pattern: '/mallar/[file].docx', entrypoint: new URL('../routes/template-docx.ts', import.meta.url) });
        injectRoute({ pattern: '/vad-ar-nytt.xml', entrypoint: new URL('../routes/whats-new-feed.ts', import.meta.url) });
        injectRoute({ pattern: '/data/[name].json', entrypoint: new URL('../routes/open-data.ts', import.meta.url) });
        injectRoute({ pattern: '/data/schema/[name].schema.json', entrypoint: new URL('../routes/open-data-schema.ts', import.meta.url) });
        if (wholeHandbook)
          injectRoute({ pattern: '/handboken/hela-handboken', entrypoint: new URL('../routes/whole-handbook.astro', import.meta.url) });
      },
    },
  };
}
