import { transformSync } from '@babel/core';
import { setupI18n, type MessageDescriptor } from '@lingui/core';
import { getConfig } from '@lingui/conf';
import { getCatalogs } from '@lingui/cli/api';
import { describe, expect, it } from 'vitest';
import { messages as compiledCatalog } from '../src/i18n/locales/en.po';
import { compileEnglish, LINGUI_BABEL_PLUGINS } from './compiled-english';

/**
 * Runs the macro and the plugin on a snippet, as the build does, and returns what the snippet's `found` holds; the
 * macro's import of Lingui's i18n is replaced by one whose `_` hands back the descriptor it is given.
 */
function transformed(source: string): unknown {
  const output = transformSync(source, {
    filename: 'snippet.ts',
    babelrc: false,
    configFile: false,
    plugins: LINGUI_BABEL_PLUGINS.map((plugin) => (Array.isArray(plugin) ? [...plugin] : plugin)) as never,
  });
  const code = output!.code!.replace(/^import \{ i18n as _i18n \} from "@lingui\/core";$/m, '');
  // eslint-disable-next-line no-new-func -- runs the snippet Babel has just compiled, as the page would run it
  return new Function('_i18n', `${code}\nreturn found;`)({ _: (descriptor: MessageDescriptor) => descriptor });
}

const english = () => {
  const i18n = setupI18n();
  i18n.load('en', {});
  i18n.activate('en');
  return i18n;
};

describe('English compiled into the code (scripts/compiled-english.ts)', () => {
  it('en.po writes every message as the code does, so the code is where English lives', async () => {
    const [catalog] = await getCatalogs(getConfig({ cwd: process.cwd() }));
    const messages = await catalog!.read('en');
    const differing = Object.entries(messages).filter(([, entry]) => entry.translation !== entry.message);
    expect(differing.map(([id, entry]) => `${id}: ${entry.message} / ${entry.translation}`)).toEqual([]);
    expect(Object.keys(messages).length).toBeGreaterThan(800);
  });

  it('each message compiles to what the en.po catalog compiled to, so the screen shows the same English', () => {
    const ids = Object.keys(compiledCatalog);
    expect(ids.length).toBeGreaterThan(800);
    // The catalog's source text is read back from en.po through Lingui, the compiled forms from @lingui/vite-plugin.
    return getCatalogs(getConfig({ cwd: process.cwd() })).then(async ([catalog]) => {
      const messages = await catalog!.read('en');
      const unlike = ids.filter((id) => JSON.stringify(compileEnglish(id, messages[id]!.message!)) !== JSON.stringify(compiledCatalog[id]));
      expect(unlike).toEqual([]);
    });
  });

  it('a descriptor carries its English compiled: Lingui shows it with no English catalog and no compiler', () => {
    const descriptor = transformed("import { msg } from '@lingui/core/macro'; const a = 1; const b = 20; const found = msg`Iteration ${a} of ${b}`;") as MessageDescriptor;
    expect(descriptor.message).toEqual(['Iteration ', ['a'], ' of ', ['b']]);
    const i18n = english();
    i18n.setMessagesCompiler(() => {
      throw new Error('no message may need compiling on the page');
    });
    expect(i18n._(descriptor)).toBe('Iteration 1 of 20');
  });

  it('plurals come through as the catalog writes them', () => {
    const descriptor = transformed("import { plural } from '@lingui/core/macro'; const n = 3; const found = plural(n, { one: '# row', other: '# rows' });") as MessageDescriptor;
    expect(typeof descriptor.message).not.toBe('string');
    const i18n = english();
    expect(i18n._({ ...descriptor, values: { n: 1 } })).toBe('1 row');
    expect(i18n._({ ...descriptor, values: { n: 3 } })).toBe('3 rows');
  });

  it("another language's catalog wins over the English in the code", () => {
    const descriptor = transformed("import { msg } from '@lingui/core/macro'; const found = msg`Close`;") as MessageDescriptor;
    const i18n = setupI18n();
    i18n.load('es', { [descriptor.id!]: ['Cerrar'] });
    i18n.activate('es');
    expect(i18n._(descriptor)).toBe('Cerrar');
    i18n.load('en', {});
    i18n.activate('en');
    expect(i18n._(descriptor)).toBe('Close');
  });

  it('objects that are not descriptors keep their message as it is', () => {
    expect(transformed("const found = { id: 'copy-failed', message: 'The link {n}' };")).toEqual({ id: 'copy-failed', message: 'The link {n}' });
  });

  it('a message that does not compile fails the build, naming it', () => {
    expect(() => compileEnglish('abc123', 'Iteration {at')).toThrow(/"Iteration \{at" \(id abc123\) does not compile/);
  });
});
