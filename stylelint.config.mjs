/*
 * CSS is written in logical properties (issue 16, part 4): the inline sides are start and end, not left and right,
 * so a right-to-left language can follow by setting dir="rtl" alone. Only the inline axis is checked: the block
 * axis (top, bottom, width, height) is the same in every language the app can take (all are written horizontally).
 * A physical side that means screen geometry (a chart's axis, a plot's corner) stays physical, with a comment and a
 * `stylelint-disable-next-line csstools/use-logical` before it.
 */
export default {
  plugins: ['stylelint-use-logical'],
  rules: {
    'csstools/use-logical': [
      'always',
      {
        except: [
          'top',
          'bottom',
          /^(margin|padding|scroll-margin|scroll-padding)-(top|bottom)$/i,
          /^border-(top|bottom)(-(width|style|color))?$/i,
          /^(min-|max-)?(width|height)$/i,
        ],
      },
    ],
  },
};
