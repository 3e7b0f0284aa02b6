import type { APIRoute, GetStaticPaths } from 'astro';
import { blankCopies, firstCopy, getBlankDocx, getTemplates, type BlankCopy } from '../templates/catalog.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Each copy as /mallar/<id>-<copy>.docx, and the first copy also at /mallar/<id>.docx, the address published before there were copies. */
export const getStaticPaths = (async () =>
  (await getTemplates()).flatMap((template) => [
    { params: { file: template.id }, props: { blankCopy: firstCopy(template) } },
    ...blankCopies(template).map((blankCopy) => ({ params: { file: blankCopy.file }, props: { blankCopy } })),
  ])) satisfies GetStaticPaths;

export const GET: APIRoute<{ blankCopy: BlankCopy }> = async ({ props }) => {
  const bytes = await getBlankDocx(props.blankCopy);
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': DOCX_TYPE } });
};
