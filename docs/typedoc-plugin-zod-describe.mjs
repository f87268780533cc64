// A TypeDoc plugin: the types of seedtext are `z.infer` of zod schemas, whose fields are documented by `.describe('…')`,
// not by JSDoc. This copies each field's description onto the property TypeDoc creates for it, so that the API
// site shows it and `validation.notDocumented` holds the fields to the same standard as everything else.
import ts from 'typescript';
import { Comment, Converter, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  /** @type {Map<import('typedoc').Reflection, string>} */
  const descriptions = new Map();

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const description = symbol ? describedBy(symbol) ?? enumEntry(symbol) : undefined;
    if (description) descriptions.set(reflection, description);
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, () => {
    for (const [reflection, text] of descriptions) {
      if (!reflection.hasComment()) reflection.comment = new Comment([{ kind: 'text', text }]);
    }
    descriptions.clear();
  });
}

// `title: z.string().nullable().describe('The headline, or null.')` → 'The headline, or null.'
function describedBy(symbol) {
  for (const declaration of symbol.declarations ?? []) {
    if (!ts.isPropertyAssignment(declaration)) continue;
    const call = declaration.initializer;
    if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) continue;
    if (call.expression.name.text !== 'describe') continue;
    const [argument] = call.arguments;
    if (argument && ts.isStringLiteralLike(argument)) return argument.text;
  }
  return undefined;
}

// `z.enum(['person', 'organization'])` is typed `ZodEnum<{ person: 'person'; organization: 'organization' }>`: entries
// TypeDoc shows in a schema's type, with no declaration to carry a comment.
function enumEntry(symbol) {
  if (symbol.declarations?.length) return undefined;
  const type = symbol.links?.type;
  return type && type.isStringLiteral?.() && type.value === symbol.name ? `The enum value \`'${symbol.name}'\`.` : undefined;
}
