/** The projector's screen, as the Chromium tests use. */
export const VIEWPORT = { width: 1280, height: 720 };
