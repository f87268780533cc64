import * as z from 'zod';
import { ArticleSchema } from './schemas';

/**
 * The JSON Schema (draft 2020-12) of the Article record, with a description on every field.
 * @example
 * const schema = articleJsonSchema();
 * schema.properties.title.description; // 'The headline, or null.'
 */
export function articleJsonSchema(): Record<string, unknown> & { properties: Record<string, { description?: string }> } {
  return z.toJSONSchema(ArticleSchema) as ReturnType<typeof articleJsonSchema>;
}
