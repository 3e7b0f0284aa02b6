import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { blankCopyRoutes, getBlankPdf } from '../template-files/catalog.ts';

export const getStaticPaths = blankCopyRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const bytes = await getBlankPdf(props.blankCopy);
  return new Response(bytes, { headers: { 'Content-Type': 'application/pdf' } });
};
