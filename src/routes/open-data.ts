import type { APIRoute, GetStaticPaths, InferGetStaticParamsType } from 'astro';
import { DATA_FILES, DATA_INDEX } from '../data/format.ts';
import { getDataFileTexts } from '../data/collections.ts';

/** /data/index.json and each data file it lists. */
export const getStaticPaths = (() => ([DATA_INDEX, ...DATA_FILES] as const).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

type Params = InferGetStaticParamsType<typeof getStaticPaths>;

// getStaticPaths passes no props.
export const GET: APIRoute<Record<string, never>, Params> = async ({ params }) => {
  const texts = await getDataFileTexts();
  return new Response(texts[params.name], { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
