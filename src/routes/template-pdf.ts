import type { APIRoute, GetStaticPaths } from 'astro';
import { blankCopies, firstCopy, getBlankPdf, getTemplates, type BlankCopy } from '../templates/catalog.ts';

/** Each copy as /mallar/<id>-<copy>.pdf, and the first copy also at /mallar/<id>.pdf, the address published before there were copies. */
export const getStaticPaths = (async () =>
  (await getTemplates()).flatMap((template) => [
    { params: { file: template.id }, props: { blankCopy: firstCopy(template) } },
    ...blankCopies(template).map((blankCopy) => ({ params: { file: blankCopy.file }, props: { blankCopy } })),
  ])) satisfies GetStaticPaths;

export const GET: APIRoute<{ blankCopy: BlankCopy }> = async ({ props }) => {
  const bytes = await getBlankPdf(props.blankCopy);
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/pdf' } });
};
