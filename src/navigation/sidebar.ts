/** The sidebar group that lists the templates; template-sidebar.ts adds them from the collection. */
export const TEMPLATE_GROUP = 'Mallar';

/** The sidebar: one group per section, at the addresses trainers link to. */
export function sidebar() {
  return [
    { label: 'Start', link: '/' },
    // High up, so that a child or a young person who lands anywhere on the site finds their own pages;
    // collapsed, so that professionals still see the handbook first. Starlight opens the group of the page shown.
    {
      label: 'För barn och unga',
      items: [
        { label: 'För dig som är 7–12 år', collapsed: true, items: [{ autogenerate: { directory: 'barn' } }] },
        { label: 'För dig som är 13–17 år', collapsed: true, items: [{ autogenerate: { directory: 'unga' } }] },
      ],
    },
    {
      label: 'Handboken',
      items: [{ autogenerate: { directory: 'handboken' } }, { label: 'Hela handboken (för utskrift)', link: '/handboken/hela-handboken/' }],
    },
    { label: 'Manualer', items: [{ autogenerate: { directory: 'manualer' } }] },
    // The templates themselves are added from the templates collection by template-sidebar.ts.
    { label: TEMPLATE_GROUP, items: [{ slug: 'mallar' }] },
    { label: 'Utbildning', items: [{ autogenerate: { directory: 'utbildning' } }] },
    { label: 'Införa metoden', items: [{ autogenerate: { directory: 'inforande' } }] },
    { label: 'Lättläst (för föräldrar och familjehem)', items: [{ autogenerate: { directory: 'lattlast' } }] },
    { label: 'Om handboken', items: [{ autogenerate: { directory: 'om' } }] },
  ];
}
