import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { getTemplates, pagePath } from '../template-files/catalog.ts';
import { TEMPLATE_GROUP } from './sidebar.ts';

type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;

function links(entries: SidebarEntry[]): SidebarLink[] {
  return entries.flatMap((entry) => (entry.type === 'link' ? [entry] : links(entry.entries)));
}

/**
 * Adds a link to every template in the templates collection to the sidebar's template group, so
 * the sidebar reads the same collection as the pages, and the previous and next links step
 * through the templates as through any other page.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const group = route.sidebar.find((entry) => entry.type === 'group' && entry.label === TEMPLATE_GROUP);
  if (group?.type !== 'group') return;
  const current = context.url.pathname;
  const templateLinks: SidebarLink[] = (await getTemplates()).map((template) => ({
    type: 'link',
    label: template.title,
    href: pagePath(template.id),
    isCurrent: pagePath(template.id) === current,
    badge: undefined,
    attrs: {},
  }));
  group.entries.push(...templateLinks);
  if (templateLinks.some((link) => link.isCurrent)) group.collapsed = false;

  const all = links(route.sidebar);
  const index = all.findIndex((link) => link.isCurrent);
  if (index >= 0) route.pagination = { prev: all[index - 1], next: all[index + 1] };
});
