import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { blankCopyRoutes, getBlankDocx } from '../template-files/catalog.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const getStaticPaths = blankCopyRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const bytes = await getBlankDocx(props.blankCopy);
  return new Response(bytes, { headers: { 'Content-Type': DOCX_TYPE } });
};
