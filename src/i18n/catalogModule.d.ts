// A Lingui catalog (src/i18n/locales/*.po) imported as a module: @lingui/vite-plugin compiles it at build time.
declare module '*.po' {
  import type { Messages } from '@lingui/core';
  export const messages: Messages;
}
