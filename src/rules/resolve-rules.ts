import type { RuleChanges } from '../model/options';
import { builtinMatchingRules } from './families';
import { compileRules, type CompiledRules } from './compile-rules';

let builtinsCompiled: CompiledRules | undefined;
const compiledByChanges = new WeakMap<RuleChanges, CompiledRules>();

/**
 * The compiled rules for a call: the built-ins compiled once, and each `rules` option object compiled once.
 * @example
 * resolveRules(undefined) === resolveRules(undefined); // true
 * @internal
 */
export function resolveRules(changes: RuleChanges | undefined): CompiledRules {
  if (!changes) return (builtinsCompiled ??= compileRules(builtinMatchingRules, undefined));
  let compiled = compiledByChanges.get(changes);
  if (!compiled) {
    compiled = compileRules(builtinMatchingRules, changes);
    compiledByChanges.set(changes, compiled);
  }
  return compiled;
}
