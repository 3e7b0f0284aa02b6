import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_FILES, DATA_INDEX, type DataFileName } from '../data/format.ts';
import { dataJsonSchema } from '../data/schemas.ts';
import { canonicalJson } from '../data/canonical-json.ts';

/** /data/schema/<name>.schema.json: the JSON Schema of each file under /data/, generated from the collections' Zod schemas. */
export const getStaticPaths = (() => [DATA_INDEX, ...DATA_FILES].map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(canonicalJson(dataJsonSchema(params.name as DataFileName | typeof DATA_INDEX)), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
