import type { APIRoute, GetStaticPaths } from 'astro';
import { blankCopyRoutes, getBlankPdf, type BlankCopy } from '../template-files/catalog.ts';

export const getStaticPaths = blankCopyRoutes satisfies GetStaticPaths;

export const GET: APIRoute<{ blankCopy: BlankCopy }> = async ({ props }) => {
  const bytes = await getBlankPdf(props.blankCopy);
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/pdf' } });
};
