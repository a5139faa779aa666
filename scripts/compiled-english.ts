import { createCompiledCatalog } from '@lingui/cli/api';

/**
 * English beside its use: a Babel plugin, run right after Lingui's macro, that writes each message's English into
 * its own descriptor, compiled as Lingui compiles a catalog (`{ id: "UGxtWx", message: ["Iteration ", ["0"], ...] }`).
 *
 * Why: English is the source language, and a descriptor's compiled `message` is what Lingui shows when the active
 * catalog has no such id (i18n._: `messages[id] || message`). So English needs no catalog: each chunk carries the
 * English of its own modules, and the first load only that of the first screen, not the ~20 kB gzip catalog of
 * every card, dialog and panel (issue 11 part 3: first-load JavaScript at most 100 kB). Spanish, German and French
 * keep their whole catalogs, fetched when chosen, whose ids win over the English.
 *
 * The macro keeps `message` (vite.config.ts: stripMessageField false); this turns it from ICU text into the compiled
 * form, so production needs no message compiler. The text is the same as en.po's, whose msgstr is its msgid
 * (src/i18n/compiledEnglish.test.ts holds both to that).
 */

/** A message's compiled form, as @lingui/cli compiles it into a catalog; throws, naming it, if it does not compile. */
export function compileEnglish(id: string, message: string): unknown {
  const { source, errors } = createCompiledCatalog('en', { [id]: message }, { namespace: 'json', strict: true });
  const [error] = errors;
  if (error) throw new Error(`The English message ${JSON.stringify(message)} (id ${id}) does not compile: ${String(error.error)}`);
  return (JSON.parse(source) as { messages: Record<string, unknown> }).messages[id];
}

// The few Babel shapes this reads: @babel/types is not a dependency of its own here.
interface Node {
  type: string;
  [key: string]: unknown;
}
interface StringLiteral extends Node {
  value: string;
}
interface Property extends Node {
  computed: boolean;
  key: Node & { name?: string; value?: string };
  value: Node;
}
interface ObjectPath {
  node: Node & { properties: Node[]; leadingComments?: { value: string }[] | null };
}
interface ProgramPath {
  traverse(visitor: { ObjectExpression(path: ObjectPath): void }): void;
}
interface BabelApi {
  types: { valueToNode(value: unknown): Node };
}

const isProperty = (node: Node): node is Property => node.type === 'ObjectProperty';
const isString = (node: Node | undefined): node is StringLiteral => node?.type === 'StringLiteral';
const keyName = (property: Property) => (property.computed ? undefined : (property.key.name ?? property.key.value));

/** The macro marks every descriptor it writes with a leading comment, /*i18n*\/; nothing else is touched. */
const isDescriptor = (path: ObjectPath) => path.node.leadingComments?.some((comment) => comment.value.trim() === 'i18n') ?? false;

export function compiledEnglishPlugin({ types }: BabelApi) {
  return {
    name: 'neuron-lab-compiled-english',
    visitor: {
      Program: {
        // On exit: the macro has written every descriptor by then.
        exit(program: ProgramPath) {
          program.traverse({
            ObjectExpression(path) {
              if (!isDescriptor(path)) return;
              const properties = path.node.properties.filter(isProperty);
              const id = properties.find((property) => keyName(property) === 'id')?.value;
              const message = properties.find((property) => keyName(property) === 'message');
              if (!isString(id)) return;
              if (!message || !isString(message.value)) {
                throw new Error(`Message ${id.value} has no English text in the code: write it with a macro (t, msg, Trans), not by id alone.`);
              }
              message.value = types.valueToNode(compileEnglish(id.value, message.value.value));
            },
          });
        },
      },
    },
  };
}

/** The Babel plugins for Lingui's macros, as vite.config.ts runs them: the macro keeping the English, then this. */
export const LINGUI_BABEL_PLUGINS = [['@lingui/babel-plugin-lingui-macro', { stripMessageField: false }], compiledEnglishPlugin] as const;
