/**
 * Messages a language writes exactly as English does, so the completeness test does not take them for forgotten:
 * names (Python, NumPy, CSV), symbols, and words the language shares ("Pause" in German and French).
 */
export const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  de: ['Pause', 'Training', 'Iteration', 'Neuron', 'Sigmoid', '{perSecond} / s', 'Iteration {readoutIteration}', '{name}: {problem}', '{where}: {message}', 'Text', '{score} {label}: {message}'],
  es: ['Error', '{perSecond} / s', '{name}: {problem}', '{where}: {message}', 'No', '{score} {label}: {message}'],
  fr: ['Pause', '{perSecond} / s', '{amount, plural, one {# minute} other {# minutes}}', 'Point', 'test', 'max', 'Question', 'question', 'test [{test}]'],
};
