// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import autoImport from 'astro-auto-import';
import starlightLinksValidator from 'starlight-links-validator';
import { handbookMarkdown } from './src/markdown/processor.ts';
import { citationComponents } from './src/markdown/citation-elements.ts';
import generatedPages from './src/integrations/generated-pages.ts';
import securityHeadersFiles from './src/integrations/security-headers.ts';
import readingReport from './src/integrations/reading-report.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import { prebuiltPdfLibraries } from './src/integrations/prebuilt-pdf-libraries.ts';
import { templateIds, templateOfLink } from './src/templates/ids.ts';
import { isDataLink } from './src/data/format.ts';
import { sidebar } from './src/navigation/sidebar.ts';
import { redirects } from './src/navigation/redirects.ts';
import { siteUrl } from './src/site.ts';
import { LOCALES } from './src/i18n/locales.ts';
import { isOwnPage, sitemapLocales } from './src/i18n/sitemap.ts';

const root = process.cwd();
const site = siteUrl;
const templates = templateIds('templates');
// Only `npm run bench -- --ablation` sets this, to measure what a feature costs by building without it.
const benchSkip = new Set((process.env.UMG_BENCH_SKIP ?? '').split(',').filter(Boolean));

export default defineConfig({
  site,
  // Content lives in the top-level content/ folder: Starlight reads its docs from <srcDir>/content/docs.
  srcDir: '.',
  trailingSlash: 'always',
  redirects,
  vite: {
    // The PDF worker imports code that is split into chunks, which classic workers cannot load.
    worker: { format: 'es', plugins: () => [prebuiltPdfLibraries()] },
    resolve: {
      alias: [{ find: /^@pagefind\/default-ui$/, replacement: fileURLToPath(new URL('./src/search/pagefind-ui.ts', import.meta.url)) }],
    },
  },
  markdown: {
    // The handbook has no code blocks. Shiki would still load its highlighter for every MDX build.
    syntaxHighlight: false,
    processor: handbookMarkdown({ site, contentDir: `${root}/content`, root, withoutOwnPlugins: benchSkip.has('markdownPlugins') }),
  },
  integrations: [
    // Starlight's own sitemap, with the fallback notices left out (Starlight adds none when one is given).
    sitemap({ filter: (page) => isOwnPage(page), i18n: { defaultLocale: 'root', locales: sitemapLocales } }),
    autoImport({
      imports: [
        // Each citation component is named once, in citationComponents; its file has its name.
        ...Object.keys(citationComponents).map((name) => `./src/components/${name}.astro`),
        './src/components/LagrumForVuxna.astro',
        './src/components/Sv.astro',
        './src/components/OtherLanguages.astro',
        './src/components/OfflineControls.astro',
        './src/components/TemplateList.astro',
        './src/components/LegalReferenceList.astro',
        './src/components/Glossary.astro',
        './src/components/SourceList.astro',
        './src/components/ContactEmail.astro',
        './src/components/KnowledgeCheck.astro',
        './src/components/PracticeCase.astro',
        './src/components/CostEstimate.astro',
        './src/components/WhatsNew.astro',
        { '@astrojs/starlight/components': ['Steps', 'Aside', 'LinkCard', 'CardGrid', 'Card'] },
      ],
    }),
    starlight({
      title: 'Umgängeshandboken',
      description: 'Metodhandbok för socialtjänsten om umgänge mellan placerade barn och deras föräldrar.',
      locales: LOCALES,
      head: [
        { tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' } },
        { tag: 'meta', attrs: { name: 'theme-color', content: '#3447d4' } },
      ],
      sidebar: sidebar(),
      routeMiddleware: ['./src/navigation/template-sidebar.ts', './src/navigation/locale-routes.ts'],
      customCss: ['./src/styles/site.css', './src/styles/print.css'],
      components: {
        PageTitle: './src/components/overrides/PageTitle.astro',
        SkipLink: './src/components/overrides/SkipLink.astro',
        Footer: './src/components/overrides/Footer.astro',
        FallbackContentNotice: './src/components/overrides/FallbackContentNotice.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        LanguageSelect: './src/components/overrides/LanguageSelect.astro',
      },
      pagination: true,
      // No code blocks on the site: Expressive Code would only build styles and a script no page uses.
      expressiveCode: false,
      pagefind: !benchSkip.has('pagefind'),
      plugins: benchSkip.has('linksValidator')
        ? []
        : [
            starlightLinksValidator({
              // A template's page, PDF and Word document are generated routes, not docs pages: a link to
              // one passes only when the template exists, so a link to a missing template fails the build.
              // The open data files are endpoints too: only the addresses the data module names pass.
              exclude: ({ link }) => templates.has(templateOfLink(link) ?? '') || isDataLink(link),
            }),
          ],
    }),
    // After auto-import, which only adds its imports when MDX is among the integrations.
    // optimize: the static parts of each page are compiled to HTML strings instead of a component
    // call per element, which makes the build cheaper; the built HTML is the same.
    mdx({ optimize: true }),
    generatedPages({ wholeHandbook: !benchSkip.has('wholeHandbook') }),
    securityHeadersFiles(),
    readingReport(),
    // Last: the service worker lists the files every other step has written.
    serviceWorker(),
  ],
});
