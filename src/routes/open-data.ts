import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_FILES, DATA_INDEX } from '../data/format.ts';
import { getDataFileTexts } from '../data/collections.ts';

/** /data/index.json and each data file it lists. */
export const getStaticPaths = (() => [DATA_INDEX, ...DATA_FILES].map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const texts = await getDataFileTexts();
  return new Response(texts[params.name as keyof typeof texts], { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
