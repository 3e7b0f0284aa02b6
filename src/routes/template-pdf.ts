import type { APIRoute, GetStaticPaths } from 'astro';
import { getBlankPdf, getTemplates } from '../templates/catalog.ts';

export const getStaticPaths = (() => getTemplates().map((template) => ({ params: { id: template.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const bytes = await getBlankPdf(params.id!);
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/pdf' } });
};
