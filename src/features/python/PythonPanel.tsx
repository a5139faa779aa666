import { useMemo, useRef, useState, type CSSProperties } from 'react';
import { formatCount } from '../../format/number';
import type { LabStore } from '../../state';
import { SCRIPT_FILE_NAME, pythonScript } from '../../format/pythonScript';
import { comparedScript } from '../../format/comparedScript';
import { RunPick, useRunPick } from '../../ui/RunPick';
import { downloadBlob } from '../../ui/download';
import { copyText } from './saveFile';
import { useScriptSetup } from './useScriptSetup';
import './python.css';
import { iterationsText } from '../../format/plural';

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
  copied: 'Copied to the clipboard.',
  selected: 'The script is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.',
  downloaded: `Saved as ${SCRIPT_FILE_NAME}.`,
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
      return { ok: false as const, message: error instanceof Error ? error.message : String(error) };
    }
  }, [both, setup, setupB]);
  const [status, setStatus] = useState<keyof typeof STATUS | null>(null);
  const codeRef = useRef<HTMLElement>(null);

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
        <h2 id="pyscript-title">The same run in Python</h2>
        <p className="pyscript-hint">
          Run <code>python3 {SCRIPT_FILE_NAME}</code>: it prints the weights and the prediction after {iterationsText(setup.iterations, formatCount(setup.iterations))}.
        </p>
        <div className="pyscript-actions">
          {runPick.runB && !given && <RunPick choice={runPick.choice} onPick={runPick.pick} both />}
          <button type="button" onClick={copy} disabled={!script.ok}>
            Copy
          </button>
          <button type="button" onClick={download} disabled={!script.ok}>
            Download
          </button>
        </div>
        <span className="pyscript-status" role="status">
          {status ? STATUS[status] : ''}
        </span>
      </header>
      {script.ok ? (
        <pre className="pyscript-code" tabIndex={0} aria-label={`Python script ${SCRIPT_FILE_NAME}`}>
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
        <p role="alert">The script cannot be written for this setup: {script.message}</p>
      )}
    </section>
  );
}
