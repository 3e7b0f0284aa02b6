import { getCollection } from 'astro:content';
import { getTemplates } from '../template-files/catalog.ts';
import { storedStatutes } from '../law/stored-statutes.ts';
import { dataFileTexts, type DataSources } from './serialize.ts';

/** The data files' sources as the build holds them: the content collections and the stored statutes the registry list shows. */
async function dataSources(): Promise<DataSources> {
  const [templates, lagrum, ordlista, regler] = await Promise.all([
    getTemplates(),
    getCollection('lagrum'),
    getCollection('ordlista'),
    getCollection('regler'),
  ]);
  return {
    templates,
    lagrum: lagrum.map(({ id, data }) => ({ id, data })),
    laws: storedStatutes(),
    ordlista: ordlista.map(({ id, data }) => ({ id, data })),
    regler: regler.map(({ id, data }) => ({ id, data })),
  };
}

let texts: ReturnType<typeof build> | undefined;
const build = async () => dataFileTexts(await dataSources());

/** Every file under /data/, built once per build and shared by the endpoints. */
export const getDataFileTexts = () => (texts ??= build());
