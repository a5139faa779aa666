/**
 * Why a typed text is not a number, as data: a code and the parts a message needs. The page words it in the
 * screen's language (text/numberProblemText.ts); nothing here is a sentence.
 */
export type NumberProblem =
  | { code: 'empty' }
  /**
   * A comma the app cannot read: it could group thousands or mark a decimal. `ungrouped` is the text without its
   * commas and `decimal` the text with the comma as a point, each only when it is a number.
   */
  | { code: 'comma'; text: string; ungrouped: string | null; decimal: string | null }
  | { code: 'notANumber'; text: string }
  | { code: 'tooLarge'; text: string };
