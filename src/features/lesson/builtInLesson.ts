import type { Card, Lesson } from './lessonTypes';

/*
 * The built-in lesson: the tutorial, step by step, in the seed's order, for 15-year-olds. Every number in the
 * text is NumPy's (src/features/lesson/fixtures/lesson-numpy.json, made by make-lesson-fixture.py beside it; a
 * unit test holds the text to it). Answers the run computes are never written here: the reveal reads them
 * from the exact run on screen.
 */

const TUTORIAL = 'data=011-1,100-0,101-1&seed=1&lr=1';
const at = (iteration: number, extra = '') => `${TUTORIAL}&it=${iteration}${extra}`;

const card = (fields: Partial<Card> & Pick<Card, 'title' | 'text'>): Card => ({
  setup: null,
  view: 'lab',
  step: 0,
  highlight: [],
  question: null,
  byHand: false,
  ...fields,
});

export const BUILT_IN_LESSON: Lesson = {
  title: 'The tutorial, step by step',
  cards: [
    card({
      title: 'A table of examples',
      text:
        'A neuron learns from examples. Each row of the table is one example: three inputs, each 0 or 1, and the answer we want, the *target*.\n\n' +
        'Look at the three rows. Is there a rule that turns the inputs into the target?',
      setup: at(0, '&hide=error,sigmoid'),
      highlight: ['table'],
      question: {
        kind: 'choice',
        prompt: 'Which input does the target copy?',
        options: ['Input 1', 'Input 2', 'Input 3'],
        answer: { of: 'option', index: 2 },
        after: 0,
        explain: 'Input 3. It is 1, 0, 1 in the three rows, and so are the targets. The tutorial says the same: the output follows the third column.',
      },
    }),
    card({
      title: 'A new situation',
      text:
        'The tutorial then asks the neuron about the inputs [1, 0, 1]. (It is also row 3 of the table, so it is not really new: a later card tries one the table never showed.)\n\n' +
        'The neuron has not learned anything yet. Its Prediction in the New situation panel only comes from its random start.',
      setup: at(0, '&hide=error,sigmoid'),
      highlight: ['situation'],
      question: {
        kind: 'number',
        prompt: 'If the rule is right, what should the answer for [1, 0, 1] be? (A number from 0 to 1.)',
        answer: { of: 'value', value: 1 },
        after: 0,
        explain: 'Input 3 is 1, so the answer should be 1. Can the neuron find that rule by itself? The next cards watch it try.',
      },
    }),
    card({
      title: 'Random starting weights',
      text:
        'The neuron has three *weights*, one for each input: how much it listens to that input. It starts with random ones.\n\n' +
        'The tutorial calls random.seed(1) and then 2 * random((3, 1)) - 1: three random numbers between -1 and 1. With seed 1 they are always the same:\n\n' +
        'w1 = -0.16595599, w2 = 0.44064899, w3 = -0.99977125.\n\n' +
        'Find them in the Neuron panel. Another seed gives other weights; seed 1 gives the tutorial\u2019s.',
      setup: at(0, '&hide=error,sigmoid'),
      highlight: ['neuron', 'weights'],
    }),
    card({
      title: 'One forward pass',
      text:
        'To answer, the neuron multiplies each input by its weight and adds them up:\n\nz = input 1 × w1 + input 2 × w2 + input 3 × w3\n\n' +
        'Then the *sigmoid* squashes z into a number between 0 and 1: output = 1 / (1 + e^(−z)). A large z gives almost 1, a very negative z almost 0, and z = 0 gives 0.5.\n\n' +
        'For [1, 0, 1]: z = -0.16595599 + (-0.99977125) = -1.1657272, so the output is 0.23762817. The Output column of the table shows this for every row.',
      setup: at(0, '&hide=weights,error'),
      highlight: ['table', 'sigmoid'],
    }),
    card({
      title: 'The error',
      text:
        'How wrong is each answer? error = target − output.\n\n' +
        'Row 1 wants 1 but says 0.36375058: its error is +0.63624942, so its output should go up. Row 2 wants 0 but says 0.45860596: its error is negative.\n\n' +
        'A step changes the weights to make the errors smaller, but all rows share the same three weights.',
      setup: at(0, '&hide=weights,sigmoid,math'),
      highlight: ['table'],
      question: {
        kind: 'direction',
        prompt: 'In the next step, will row 2\u2019s output go up or down?',
        answer: { of: 'output', row: 2 },
        after: 1,
        explain:
          'Up, although its own error says down! Row 2 ([1, 0, 0]) only uses w1, and row 3 ([1, 0, 1]) uses w1 too. Row 3 wants w1 larger, and this step its pull is stronger. The rows share the weights, so they pull against each other.',
      },
    }),
    card({
      title: 'The slope: out × (1 − out)',
      text:
        'Where does out × (1 − out) come from? It is how steep the sigmoid curve is at that output: its *slope*. In the middle, at 0.5, the curve is steepest; near 0 and near 1 it is almost flat.\n\n' +
        'The update multiplies the error by this slope. An output near 0 or 1 is *sure* of itself: a push on z hardly moves it, so the neuron changes it less. Where a push makes a difference, in the middle, it changes most.\n\n' +
        'And the bias? This neuron has none: z is only the inputs times the weights.',
      setup: at(0, '&hide=weights,error'),
      highlight: ['sigmoid'],
      question: {
        kind: 'number',
        prompt: 'What is the largest the slope out × (1 − out) can be?',
        answer: { of: 'value', value: 0.25 },
        after: 0,
        explain: '0.25, at output 0.5: 0.5 × (1 − 0.5) = 0.25. At every other output it is smaller.',
      },
    }),
    card({
      title: 'Your turn: one step by hand',
      text:
        'Do step 0 → 1 for row 1 with a calculator: 3 or 4 decimals are enough (answers within 0.005 count). The adjustments are row 1\u2019s part of the step, input × delta.',
      setup: at(0, '&hide=table,sigmoid,error,math,explore'),
      highlight: ['neuron'],
      byHand: true,
    }),
    card({
      title: 'Step 1: what changed',
      text:
        'One whole step adds up every row\u2019s part: W += X.T · (error × slope). Each weight changes by the sum, over the rows, of input × error × slope.\n\n' +
        'After Reveal, each weight shows how much it changed, with an arrow.',
      setup: at(0, '&hide=error,sigmoid,math'),
      highlight: ['neuron', 'weights'],
      question: {
        kind: 'choice',
        prompt: 'Reveal takes Step 1. Which weight will grow most?',
        options: ['Weight 1', 'Weight 2', 'Weight 3'],
        answer: { of: 'largest-growth' },
        after: 1,
        explain: 'Weight 3: rows 1 and 3 both have input 3 = 1 and both want a larger output, so both push it up. Row 2 has input 3 = 0 and leaves it alone.',
      },
    }),
    card({
      title: '10 iterations',
      text: 'One step is a small change. The tutorial trains again and again: each time is one *iteration*.',
      setup: at(0, '&hide=error,sigmoid'),
      highlight: ['situation'],
      question: {
        kind: 'number',
        prompt: 'After 10 iterations, what will the neuron say for [1, 0, 1]?',
        answer: { of: 'prediction' },
        after: 10,
        explain: 'The tutorial prints 0.65980921 too. Better than the 0.23762817 it started with, but still far from 1.',
      },
    }),
    card({
      title: '100 iterations',
      text: 'The neuron stands at 10 iterations. Ninety more make 100.',
      setup: at(10, '&hide=error,sigmoid'),
      highlight: ['situation', 'weights'],
      question: {
        kind: 'number',
        prompt: 'After 100 iterations, what will it say for [1, 0, 1]?',
        answer: { of: 'prediction' },
        after: 90,
        explain: 'The tutorial gets 0.87680541 too: "our network is getting smarter". Watch w3 grow in the Weights chart.',
      },
    }),
    card({
      title: '10,000 iterations',
      text: 'The tutorial\u2019s program trains 10,000 iterations before it answers.',
      setup: at(100, '&hide=sigmoid,neuron'),
      highlight: ['situation', 'error'],
      question: {
        kind: 'number',
        prompt: 'After 10,000 iterations, what will it say for [1, 0, 1]?',
        answer: { of: 'prediction' },
        after: 9900,
        explain: 'The tutorial gets 0.9897704: very close to 1. It never reaches exactly 1, because the sigmoid only gets there for an endlessly large z.',
      },
    }),
    card({
      title: 'A situation the table never showed',
      text: 'Now a real test: [1, 1, 0] is in no row of the table. The neuron starts again from seed 1 with this as its new situation.',
      setup: at(0, '&test=1_1_0&hide=error,sigmoid'),
      highlight: ['situation'],
      question: {
        kind: 'number',
        prompt: 'After 10,000 iterations, what will it say for [1, 1, 0]?',
        answer: { of: 'prediction' },
        after: 10000,
        explain: 'Close to 0, because input 3 is 0. From three examples the neuron found the rule, and it uses it on an input it never saw.',
      },
    }),
    card({
      title: 'XOR: what one neuron cannot learn',
      text:
        'A new table: the target is 1 when inputs 1 and 2 differ (XOR). Input 3 is always 1: a weight on an input that is always 1 is what other neurons call a *bias*, an extra constant input.\n\n' +
        'Try Explore → The dividing line after the reveal: one neuron can only split its inputs with one straight line.',
      setup: 'data=001-0,011-1,101-1,111-0&seed=1&lr=1&test=1_1_1&it=0&hide=weights,sigmoid',
      highlight: ['error'],
      question: {
        kind: 'choice',
        prompt: 'After 10,000 iterations, will the error be close to 0?',
        options: ['Yes', 'No'],
        answer: { of: 'option', index: 1 },
        after: 10000,
        explain:
          'No. The error stays at 0.25 and every output goes to 0.5. No single straight line separates XOR\u2019s 1s from its 0s, and even with a bias one neuron draws only one line. It takes a hidden layer of neurons.',
      },
    }),
  ],
};
