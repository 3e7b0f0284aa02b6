import type { APIRoute, GetStaticPaths } from 'astro';
import { getBlankDocx, getTemplates } from '../templates/catalog.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const getStaticPaths = (() => getTemplates().map((template) => ({ params: { id: template.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const bytes = await getBlankDocx(params.id!);
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': DOCX_TYPE } });
};
