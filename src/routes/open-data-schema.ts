import type { APIRoute, GetStaticPaths, InferGetStaticParamsType } from 'astro';
import { DATA_FILES, DATA_INDEX } from '../data/format.ts';
import { dataJsonSchema } from '../data/schemas.ts';
import { canonicalJson } from '../data/canonical-json.ts';

/** /data/schema/<name>.schema.json: the JSON Schema of each file under /data/, generated from the collections' Zod schemas. */
export const getStaticPaths = (() => ([DATA_INDEX, ...DATA_FILES] as const).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

type Params = InferGetStaticParamsType<typeof getStaticPaths>;

// getStaticPaths passes no props.
export const GET: APIRoute<Record<string, never>, Params> = ({ params }) =>
  new Response(canonicalJson(dataJsonSchema(params.name)), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
