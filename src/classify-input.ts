import type { ParseOptions } from './model/options';
import { prepareInput, type PreparedInput } from './normalize/prepare-input';
import { segmentText } from './segment/segment';
import { classify } from './classify/classify';
import type { Piece } from './classify/piece';
import { resolveRules } from './rules/resolve-rules';
import type { CompiledRules } from './rules/compile-rules';
import { readPage } from './language/page-language';

/** The first three stages run over an input: the prepared text, its classified pieces and what they used. @internal */
export interface ClassifiedInput {
  readonly prepared: PreparedInput;
  readonly rules: CompiledRules;
  readonly now: Date;
  readonly language: string | null;
  readonly pieces: Piece[];
}

/**
 * Runs normalise → segment → classify over an input; `parseSeed` and `stripBoilerplate` go on from here.
 * @example
 * classifyInput('Title\n\nBody.', {}).pieces.length; // 2
 * @internal
 */
export function classifyInput(input: string | Uint8Array, options: ParseOptions): ClassifiedInput {
  const prepared = prepareInput(input, options);
  const rules = resolveRules(options.rules);
  const now = options.now ?? new Date();
  const segments = segmentText(prepared.text, prepared.limit);
  const { language, censuses } = readPage(segments, options.languages);
  const pieces = classify(prepared.text, segments, { rules, mode: options.mode ?? 'balanced', now, language, censuses });
  return { prepared, rules, now, language, pieces };
}
