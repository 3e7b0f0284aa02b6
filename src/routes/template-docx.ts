import type { APIRoute, GetStaticPaths } from 'astro';
import { getBlankDocx, getTemplates } from '../templates/catalog.ts';
import type { Template } from '../templates/schema.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const getStaticPaths = (async () => (await getTemplates()).map((template) => ({ params: { id: template.id }, props: { template } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ template: Template }> = async ({ props }) => {
  const bytes = await getBlankDocx(props.template);
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': DOCX_TYPE } });
};
