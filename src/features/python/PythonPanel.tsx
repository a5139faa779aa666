import { useMemo, useRef, useState, type CSSProperties } from 'react';
import { errorText } from '../../text/coreProblemText';
import { msg, plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import type { LabStore } from '../../state';
import { SCRIPT_FILE_NAME, pythonScript } from '../../format/pythonScript';
import { comparedScript } from '../../format/comparedScript';
import { RunPick, useRunPick } from '../../ui/RunPick';
import { downloadBlob } from '../../ui/download';
import { copyText } from './saveFile';
import { useScriptSetup } from './useScriptSetup';
import './python.css';

export interface PythonPanelProps {
  /** The store to follow; by default the run of the LabStoreProvider above. */
  store?: LabStore;
}

/** A comment, from its # to the end of the line, drawn muted; the code stays as it is. */
function CodeLine({ line }: { line: string }) {
  const hash = line.indexOf('#');
  if (hash < 0) return <>{line}</>;
  return (
    <>
      {line.slice(0, hash)}
      <span className="pyscript-comment">{line.slice(hash)}</span>
    </>
  );
}

const STATUS = {
  copied: msg`Copied to the clipboard.`,
  selected: msg`The script is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.`,
  downloaded: msg`Saved as ${SCRIPT_FILE_NAME}.`,
} as const;

/**
 * "Python": the NumPy program that reproduces the run shown (table, seed, learning rate, iterations) and prints
 * the same weights and prediction, with Copy and Download.
 */
export default function PythonPanel({ store: given }: PythonPanelProps) {
  // While comparing: run A's script, run B's, or one that prints both (the default: the class compares them).
  const runPick = useRunPick('both');
  const both = !given && runPick.runB !== null && runPick.choice === 'both';
  const setup = useScriptSetup(given ?? (runPick.choice === 'B' ? runPick.store : runPick.runA));
  // Run B's setup, followed only while the script prints both.
  const setupB = useScriptSetup(both ? runPick.runB! : (given ?? runPick.runA));
  const script = useMemo(() => {
    try {
      return { ok: true as const, text: both ? comparedScript(setup, setupB) : pythonScript(setup) };
    } catch (error) {
      return { ok: false as const, message: errorText(error) };
    }
  }, [both, setup, setupB]);
  const [status, setStatus] = useState<keyof typeof STATUS | null>(null);
  const codeRef = useRef<HTMLElement>(null);
  const { t, i18n } = useLingui();
  const iterations = setup.iteration;
  const after = plural(iterations, { one: '# iteration', other: '# iterations' });
  const problem = script.ok ? '' : script.message;

  const copy = async () => {
    if (!script.ok) return;
    setStatus(await copyText(script.text, codeRef.current));
  };
  const download = () => {
    if (!script.ok) return;
    downloadBlob(new Blob([script.text], { type: 'text/x-python;charset=utf-8' }), SCRIPT_FILE_NAME);
    setStatus('downloaded');
  };

  return (
    <section className="pyscript" aria-labelledby="pyscript-title" data-testid="python-script">
      <header className="pyscript-header">
        <h2 id="pyscript-title">
          <Trans>The same run in Python</Trans>
        </h2>
        <p className="pyscript-hint">
          <Trans>
            Run <code>python3 {SCRIPT_FILE_NAME}</code>: it prints the weights and the prediction after {after}.
          </Trans>
        </p>
        <div className="pyscript-actions">
          {runPick.runB && !given && <RunPick choice={runPick.choice} onPick={runPick.pick} both />}
          <button type="button" onClick={copy} disabled={!script.ok}>
            <Trans>Copy</Trans>
          </button>
          <button type="button" onClick={download} disabled={!script.ok}>
            <Trans>Download</Trans>
          </button>
        </div>
        <span className="pyscript-status" role="status">
          {status ? i18n._(STATUS[status]) : ''}
        </span>
      </header>
      {script.ok ? (
        <pre className="pyscript-code" tabIndex={0} aria-label={t`Python script ${SCRIPT_FILE_NAME}`}>
          <code ref={codeRef}>
            {script.text.split('\n').map((line, i) => (
              // A long line wraps, its rest indented past the line's own indent (python.css).
              <span key={i} className="pyscript-line" style={{ '--hang': `${line.length - line.trimStart().length + 4}ch` } as CSSProperties}>
                <CodeLine line={line} />
                {'\n'}
              </span>
            ))}
          </code>
        </pre>
      ) : (
        <p role="alert">
          <Trans>The script cannot be written for this setup: {problem}</Trans>
        </p>
      )}
    </section>
  );
}
