/**
 * The suffix of run B's parts in a link (`seed.b`, `lr.b`, ...). A module of its own, free of imports, so that code
 * run outside the page (the saved tables' reader, and the end-to-end tests that import it under Node) can read it
 * without loading the page's catalogs.
 */
export const RUN_B_SUFFIX = 'b';
