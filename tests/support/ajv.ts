import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * A JSON Schema validator we did not write, for the 2020-12 draft that Zod's toJSONSchema emits.
 * Strict mode is on; ajv-formats checks the "date" and "uri" formats instead of ignoring them.
 */
export function jsonSchemaValidator(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}
