import { Fragment, type ReactNode } from 'react';
import { useLingui } from '@lingui/react';

/**
 * The screen, drawn anew when the language changes: every word, number, chart axis and canvas label is written
 * again in the new language, including those of components that draw by subscription and never re-render on their
 * own. What the screen shows lives in stores outside React (the run, the table, the view), so nothing is lost; a
 * store a component creates for itself would be made anew, so stores are provided above this.
 */
export function InLanguage({ children }: { children: ReactNode }) {
  const { i18n } = useLingui();
  return <Fragment key={i18n.locale}>{children}</Fragment>;
}
