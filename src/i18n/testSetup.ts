// Vitest's setup: the page's i18n in English, as the screen starts when the browser asks for nothing else (code
// that words text through Lingui needs an active language; tests of another language switch it themselves).
import './i18n';
