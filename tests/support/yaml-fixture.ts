import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const readYamlFixture = (path: string): unknown => parse(readFileSync(`tests/fixtures/${path}`, 'utf8'));
