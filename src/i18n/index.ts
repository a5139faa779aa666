export { i18n, chooseLanguage, startingLanguage, switchLanguage, LANGUAGE_KEY } from './i18n';
export { LANGUAGES, SOURCE_LANGUAGE, bestLanguage, isLanguage, ownName } from './languages';
