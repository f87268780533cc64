import * as z from 'zod';
import { ArticleSchema } from './schemas';

/**
 * The JSON Schema (draft 2020-12) of the Article record, with a description on every field.
 * @example
 * const schema = articleJsonSchema();
 * schema.properties.title.description; // 'The headline, or null.'
 */
export function articleJsonSchema(): Record<string, unknown> & {
  /** The fields of the Article, each with its JSON Schema. */
  properties: Record<string, {
    /** The field's one-line description. */
    description?: string;
  }>;
} {
  return z.toJSONSchema(ArticleSchema) as ReturnType<typeof articleJsonSchema>;
}
