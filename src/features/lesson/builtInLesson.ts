import { i18n } from '@lingui/core';
import { plural, t } from '@lingui/core/macro';
import { formatCount, formatDecimalText } from '../../format/number';
import type { Card, Lesson } from './lessonTypes';

/*
 * The built-in lesson: the tutorial, step by step, in the seed's order, for 15-year-olds, in the screen's language.
 * Every number in the text is NumPy's (src/features/lesson/fixtures/lesson-numpy.json, made by
 * make-lesson-fixture.py beside it; a unit test holds the text to it), written here as NumPy prints it and shown in
 * the language's form (0,65980921 in German) by swapping the point only. Answers the run computes are never
 * written here: the reveal reads them from the exact run on screen. A teacher's own lesson is never translated:
 * it stays as it was written.
 */

const TUTORIAL = 'data=011-1,100-0,101-1&seed=1&lr=1';
const at = (iteration: number, extra = '') => `${TUTORIAL}&it=${iteration}${extra}`;
const XOR = 'data=001-0,011-1,101-1,111-0&seed=1&lr=1&test=1_1_1';
const xorAt = (iteration: number, extra = '') => `${XOR}&it=${iteration}${extra}`;

const card = (fields: Partial<Card> & Pick<Card, 'title' | 'text'>): Card => ({
  setup: null,
  view: 'lab',
  step: 0,
  highlight: [],
  question: null,
  byHand: false,
  ...fields,
});

/** Paragraphs of a card, one message each (a translator works on one thought at a time). */
const paragraphs = (...texts: string[]) => texts.join('\n\n');

/** A number as NumPy prints it, in the screen's language: "0.65980921" -> "0,65980921". */
const n = (printed: string) => formatDecimalText(printed);

function cards(): Card[] {
  // NumPy's numbers (fixtures/lesson-numpy.json), 8 significant digits as the screen shows them.
  const w1 = n('-0.16595599');
  const w2 = n('0.44064899');
  const w3 = n('-0.99977125');
  const z = n('-1.1657272');
  const start = n('0.23762817');
  const output1 = n('0.36375058');
  const error1 = `+${n('0.63624942')}`;
  const output2 = n('0.45860596');
  const after10 = n('0.65980921');
  const after100 = n('0.87680541');
  const after10000 = n('0.9897704');
  const half = n('0.5');
  const quarter = n('0.25');
  const tolerance = n('0.005');
  // NumPy's output for [0, 1, 0] after 10,000 iterations (src/core/fixtures/situations.json, make-situations-fixture.py).
  const unseen010 = n('0.77297702');
  const tenThousand = formatCount(10000);
  const ten = formatCount(10);
  const hundred = formatCount(100);
  const inputOption = (input: number) => t`Input ${input}`;
  const weightOption = (weight: number) => t`Weight ${weight}`;
  const iterations = (count: number) => plural(count, { one: '# iteration', other: '# iterations' });
  return [
    card({
      title: t`A table of examples`,
      text: paragraphs(
        t`A neuron learns from examples. Each row of the table is one example: three inputs, each 0 or 1, and the answer we want, the *target*.`,
        t`Look at the three rows. Is there a rule that turns the inputs into the target?`,
      ),
      setup: at(0, '&hide=error,sigmoid'),
      highlight: ['table'],
      question: {
        kind: 'choice',
        prompt: t`Which input does the target copy?`,
        options: [inputOption(1), inputOption(2), inputOption(3)],
        answer: { of: 'option', index: 2 },
        after: 0,
        explain: t`Input 3. It is 1, 0, 1 in the three rows, and so are the targets. The tutorial says the same: the output follows the third column.`,
      },
    }),
    card({
      title: t`A new situation`,
      text: paragraphs(
        t`The tutorial then asks the neuron about the inputs [1, 0, 1]. (It is also row 3 of the table, so it is not really new: a later card tries one the table never showed.)`,
        t`The neuron has not learned anything yet. Its Prediction in the New situation panel only comes from its random start.`,
      ),
      setup: at(0, '&hide=error,sigmoid'),
      highlight: ['situation'],
      question: {
        kind: 'number',
        prompt: t`If the rule is right, what should the answer for [1, 0, 1] be? (A number from 0 to 1.)`,
        answer: { of: 'value', value: 1 },
        after: 0,
        explain: t`Input 3 is 1, so the answer should be 1. Can the neuron find that rule by itself? The next cards watch it try.`,
      },
    }),
    card({
      title: t`Random starting weights`,
      text: paragraphs(
        t`The neuron has three *weights*, one for each input: how much it listens to that input. It starts with random ones.`,
        t`The tutorial calls random.seed(1) and then 2 * random((3, 1)) - 1: three random numbers between -1 and 1. With seed 1 they are always the same:`,
        t`w1 = ${w1}, w2 = ${w2}, w3 = ${w3}.`,
        t`Find them in the Neuron panel. Another seed gives other weights; seed 1 gives the tutorial’s.`,
      ),
      setup: at(0, '&hide=error,sigmoid'),
      highlight: ['neuron', 'weights'],
    }),
    card({
      title: t`One forward pass`,
      text: paragraphs(
        t`To answer, the neuron multiplies each input by its weight and adds them up:`,
        t`z = input 1 × w1 + input 2 × w2 + input 3 × w3`,
        t`Then the *sigmoid* squashes z into a number between 0 and 1: output = 1 / (1 + e^(−z)). A large z gives almost 1, a very negative z almost 0, and z = 0 gives ${half}.`,
        t`For [1, 0, 1]: z = ${w1} + (${w3}) = ${z}, so the output is ${start}. The Output column of the table shows this for every row.`,
      ),
      setup: at(0, '&hide=weights,error'),
      highlight: ['table', 'sigmoid'],
    }),
    card({
      title: t`The error`,
      text: paragraphs(
        t`How wrong is each answer? error = target − output.`,
        t`Row 1 wants 1 but says ${output1}: its error is ${error1}, so its output should go up. Row 2 wants 0 but says ${output2}: its error is negative.`,
        t`A step changes the weights to make the errors smaller, but all rows share the same three weights.`,
      ),
      setup: at(0, '&hide=weights,sigmoid,math'),
      highlight: ['table'],
      question: {
        kind: 'direction',
        prompt: t`In the next step, will row 2’s output go up or down?`,
        answer: { of: 'output', row: 2 },
        after: 1,
        explain: t`Up, although its own error says down! Row 2 ([1, 0, 0]) only uses w1, and row 3 ([1, 0, 1]) uses w1 too. Row 3 wants w1 larger, and this step its pull is stronger. The rows share the weights, so they pull against each other.`,
      },
    }),
    card({
      title: t`The slope: out × (1 − out)`,
      text: paragraphs(
        t`Where does out × (1 − out) come from? It is how steep the sigmoid curve is at that output: its *slope*. In the middle, at ${half}, the curve is steepest; near 0 and near 1 it is almost flat.`,
        t`The update multiplies the error by this slope. An output near 0 or 1 is *sure* of itself: a push on z hardly moves it, so the neuron changes it less. Where a push makes a difference, in the middle, it changes most.`,
        t`And the bias? This neuron has none: z is only the inputs times the weights.`,
      ),
      setup: at(0, '&hide=weights,error'),
      highlight: ['sigmoid'],
      question: {
        kind: 'number',
        prompt: t`What is the largest the slope out × (1 − out) can be?`,
        answer: { of: 'value', value: 0.25 },
        after: 0,
        explain: t`${quarter}, at output ${half}: ${half} × (1 − ${half}) = ${quarter}. At every other output it is smaller.`,
      },
    }),
    card({
      title: t`Your turn: one step by hand`,
      text: t`Do step 0 → 1 for row 1 with a calculator: 3 or 4 decimals are enough (answers within ${tolerance} count). The adjustments are row 1’s part of the step, input × delta.`,
      setup: at(0, '&hide=table,sigmoid,error,math,explore'),
      highlight: ['neuron'],
      byHand: true,
    }),
    card({
      title: t`Step 1: what changed`,
      text: paragraphs(
        t`One whole step adds up every row’s part: W += X.T · (error × slope). Each weight changes by the sum, over the rows, of input × error × slope.`,
        t`After Reveal, each weight shows how much it changed, with an arrow.`,
      ),
      setup: at(0, '&hide=error,sigmoid,math'),
      highlight: ['neuron', 'weights'],
      question: {
        kind: 'choice',
        prompt: t`Reveal takes Step 1. Which weight will grow most?`,
        options: [weightOption(1), weightOption(2), weightOption(3)],
        answer: { of: 'largest-growth' },
        after: 1,
        explain: t`Weight 3: rows 1 and 3 both have input 3 = 1 and both want a larger output, so both push it up. Row 2 has input 3 = 0 and leaves it alone.`,
      },
    }),
    card({
      title: iterations(10),
      text: t`One step is a small change. The tutorial trains again and again: each time is one *iteration*.`,
      setup: at(0, '&hide=error,sigmoid'),
      highlight: ['situation'],
      question: {
        kind: 'number',
        prompt: t`After ${ten} iterations, what will the neuron say for [1, 0, 1]?`,
        answer: { of: 'prediction' },
        after: 10,
        explain: t`The tutorial prints ${after10} too. Better than the ${start} it started with, but still far from 1.`,
      },
    }),
    card({
      title: iterations(100),
      text: t`The neuron stands at ${ten} iterations. Ninety more make ${hundred}.`,
      setup: at(10, '&hide=error,sigmoid'),
      highlight: ['situation', 'weights'],
      question: {
        kind: 'number',
        prompt: t`After ${hundred} iterations, what will it say for [1, 0, 1]?`,
        answer: { of: 'prediction' },
        after: 90,
        explain: t`The tutorial gets ${after100} too: "our network is getting smarter". Watch w3 grow in the Weights chart.`,
      },
    }),
    card({
      title: iterations(10000),
      text: t`The tutorial’s program trains ${tenThousand} iterations before it answers.`,
      setup: at(100, '&hide=sigmoid,neuron'),
      highlight: ['situation', 'error'],
      question: {
        kind: 'number',
        prompt: t`After ${tenThousand} iterations, what will it say for [1, 0, 1]?`,
        answer: { of: 'prediction' },
        after: 9900,
        explain: t`The tutorial gets ${after10000}: very close to 1. It never reaches exactly 1, because the sigmoid only gets there for an endlessly large z.`,
      },
    }),
    card({
      title: t`A situation the table never showed`,
      text: t`Now a real test: [1, 1, 0] is in no row of the table. The neuron starts again from seed 1 with this as its new situation.`,
      setup: at(0, '&test=1_1_0&hide=error,sigmoid'),
      highlight: ['situation'],
      question: {
        kind: 'number',
        prompt: t`After ${tenThousand} iterations, what will it say for [1, 1, 0]?`,
        answer: { of: 'prediction' },
        after: 10000,
        explain: t`Close to 0, because input 3 is 0. From three examples the neuron found the rule, and it uses it on an input it never saw.`,
      },
    }),
    card({
      title: t`Every situation at once`,
      text: paragraphs(
        t`Three inputs that are each 0 or 1 make eight possible situations, 000 to 111. The table showed the neuron only three of them. The Every situation panel lists all eight with what the neuron says for each: the table’s rows are in squares, the new situation is circled.`,
        t`Now the new situation is [0, 1, 0]. Input 3 is 0, so the rule “copy input 3” says 0.`,
      ),
      setup: at(0, '&test=0_1_0&show=situations'),
      view: 'explore',
      question: {
        kind: 'number',
        prompt: t`After ${tenThousand} iterations, what will the neuron say for [0, 1, 0]?`,
        answer: { of: 'prediction' },
        after: 10000,
        explain: t`${unseen010}: far from 0! Only row 1 has input 2 = 1, and it wants 1, so w2 grew. Nothing in the table says that input 2 alone means 0. Look at 000 too: exactly ${half} at every iteration, because all inputs 0 make z = 0 whatever the weights. Three examples taught the neuron a rule that fits them, not one for every situation.`,
      },
    }),
    card({
      title: t`XOR: what one neuron cannot learn`,
      text: paragraphs(
        t`A new table: the target is 1 when inputs 1 and 2 differ (XOR). Input 3 is always 1: a weight on an input that is always 1 is what other neurons call a *bias*, an extra constant input.`,
        t`The next two cards show why, with the dividing line and the error landscape.`,
      ),
      setup: xorAt(0, '&hide=weights,sigmoid'),
      highlight: ['error'],
      question: {
        kind: 'choice',
        prompt: t`After ${tenThousand} iterations, will the error be close to 0?`,
        options: [t`Yes`, t`No`],
        answer: { of: 'option', index: 1 },
        after: 10000,
        explain: t`No. The error stays at ${quarter} and every output goes to ${half}. No single straight line separates XOR’s 1s from its 0s, and even with a bias one neuron draws only one line. It takes a hidden layer of neurons.`,
      },
    }),
    card({
      title: t`XOR: one straight line`,
      text: paragraphs(
        t`The dividing line panel draws input 1 across and input 2 up, with input 3 at 1 as in every XOR row. Each row is a point: a ringed dot wants 1, a cross wants 0.`,
        t`The shading is the neuron’s output after ${ten} iterations, and the line is where it says exactly ${half}: more on one side, less on the other. After Reveal, step and watch the line turn and move as the weights change.`,
      ),
      setup: xorAt(10, '&show=line'),
      view: 'explore',
      question: {
        kind: 'choice',
        prompt: t`At most, how many of XOR’s four rows can one straight line put on their correct side?`,
        options: [formatCount(2), formatCount(3), formatCount(4)],
        answer: { of: 'option', index: 1 },
        after: 0,
        explain: t`Three. A line can cut the corner (0, 0) off from the other three, but then (1, 1) is on the wrong side. The two 1s sit on one diagonal of the square and the two 0s on the other: no straight line puts each pair on its own side. However the weights change, at least one row is wrong. It takes more than one line: a hidden layer.`,
      },
    }),
    card({
      title: t`The error landscape`,
      text: paragraphs(
        t`Each place on the Error landscape is a choice of two weights, w1 across and w3 up (w2 stays at its value now). Its colour is the mean squared error the table would have with those weights: dark is low, yellow is high.`,
        t`Training walks downhill on this surface: each step moves the weights a little towards a lower error. The white line is the path so far, the circle is where the neuron stands, the diamond the lowest point in view.`,
      ),
      setup: xorAt(0, '&show=landscape'),
      view: 'explore',
      question: {
        kind: 'choice',
        prompt: t`Reveal trains ${tenThousand} iterations. Where will the walk end?`,
        options: [t`Near an error of 0`, t`At the bottom of a bowl, with the error far from 0`, t`Nowhere: it goes downhill for ever`],
        answer: { of: 'option', index: 1 },
        after: 10000,
        explain: t`At the bottom of a bowl: the three weights go to 0, every output to ${half}, and the error to ${quarter}, the lowest in view. Gradient descent did its job: no weights give XOR a lower error. The tutorial’s table is different: its error keeps falling as the weights grow, so its lowest point in view sits at the edge.`,
      },
    }),
  ];
}

/** The lesson last worded, and its language: a card's text is the same object until the language changes. */
let worded: { locale: string; lesson: Lesson } | null = null;

/** The built-in lesson in the screen's language. */
export function builtInLesson(): Lesson {
  if (worded?.locale !== i18n.locale) worded = { locale: i18n.locale, lesson: { title: t`The tutorial, step by step`, cards: cards() } };
  return worded.lesson;
}
