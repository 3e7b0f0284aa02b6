import type { APIRoute, GetStaticPaths } from 'astro';
import { getBlankPdf, getTemplates } from '../templates/catalog.ts';
import type { Template } from '../templates/schema.ts';

export const getStaticPaths = (async () => (await getTemplates()).map((template) => ({ params: { id: template.id }, props: { template } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ template: Template }> = async ({ props }) => {
  const bytes = await getBlankPdf(props.template);
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/pdf' } });
};
