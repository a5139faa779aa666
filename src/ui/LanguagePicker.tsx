import { useEffect, useRef } from 'react';
import { useLingui } from '@lingui/react/macro';
import { chooseLanguage, LANGUAGES, ownName } from '../i18n';

/**
 * The screen's language, each option in its own name (English, Español, Deutsch, Français) and marked with its
 * language so a screen reader says it right. The choice is remembered in this browser and goes into links as lang=.
 */
/** Set when the learner picks a language: the screen is drawn anew, and the new picker takes the focus back. */
let justChosen = false;

export function LanguagePicker() {
  const { i18n, t } = useLingui();
  const picker = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (!justChosen) return;
    justChosen = false;
    picker.current?.focus();
  }, []);
  return (
    <select
      ref={picker}
      className="language-picker"
      aria-label={t`Language`}
      title={t`Language`}
      value={i18n.locale}
      onChange={(event) => {
        justChosen = true;
        void chooseLanguage(event.target.value);
      }}
    >
      {LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {ownName(code)}
        </option>
      ))}
    </select>
  );
}
