/**
 * ESLint rule `neuron-lab/no-literal-text`: a component renders no words written in the code. JSX text and the
 * props a user reads or hears (aria-label, title, placeholder, alt, label, ...) that hold a word of two or more
 * letters fail: their text goes through Lingui (`<Trans>`, t`...`), so it is in every language's catalog. Symbols,
 * numbers and single letters (×, ▶, x, W) pass; so does code shown as code (mark it with an eslint-disable
 * comment that says why).
 */
const WORD = /\p{L}{2,}/u;
/** Props whose text reaches the user: ARIA names and descriptions, tooltips, hints, and our components' labels. */
const USER_FACING = /^(aria-(label|description|valuetext|roledescription|placeholder)|title|placeholder|alt|label|[a-z]+(Label|Title|Text|Caption|Hint|Description))$/;
/** Lingui's macros: the text inside them is the message itself. */
const MACROS = new Set(['Trans', 'Plural', 'Select', 'SelectOrdinal']);

function insideMacro(node) {
  for (let at = node.parent; at; at = at.parent) {
    if (at.type === 'JSXElement' && at.openingElement.name.type === 'JSXIdentifier' && MACROS.has(at.openingElement.name.name)) return true;
  }
  return false;
}

function literalText(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return node.quasis.map((quasi) => quasi.value.cooked ?? '').join(' ');
  if (node.type === 'JSXExpressionContainer') return literalText(node.expression);
  if (node.type === 'ConditionalExpression') return [literalText(node.consequent), literalText(node.alternate)].filter(Boolean).join(' ') || null;
  if (node.type === 'LogicalExpression') return literalText(node.right);
  return null;
}

export const noLiteralText = {
  meta: {
    type: 'problem',
    docs: { description: 'Words on screen go through Lingui, not literal English in JSX.' },
    messages: {
      text: 'Literal text {{text}} in JSX: wrap it in <Trans> (README, "Languages").',
      prop: 'Literal text {{text}} in the {{prop}} prop: word it with t`...` (README, "Languages").',
    },
    schema: [],
  },
  create(context) {
    const shown = (text) => JSON.stringify(text.trim().slice(0, 40));
    return {
      JSXText(node) {
        if (WORD.test(node.value) && !insideMacro(node)) context.report({ node, messageId: 'text', data: { text: shown(node.value) } });
      },
      'JSXElement > JSXExpressionContainer'(node) {
        const text = literalText(node.expression);
        if (text !== null && WORD.test(text) && !insideMacro(node)) context.report({ node, messageId: 'text', data: { text: shown(text) } });
      },
      JSXAttribute(node) {
        const prop = node.name.type === 'JSXIdentifier' ? node.name.name : null;
        if (prop === null || !USER_FACING.test(prop)) return;
        const text = literalText(node.value);
        if (text !== null && WORD.test(text)) context.report({ node, messageId: 'prop', data: { text: shown(text), prop } });
      },
    };
  },
};
