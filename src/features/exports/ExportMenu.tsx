import { useRef, useState, type ChangeEvent } from 'react';
import { errorText } from '../../text/coreProblemText';
import { chartExportProblemText } from './exportProblemText';
import { plural, t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { formatCount } from '../../format/number';
import { runSegmentsOf, useComparisonStore, useLabStore, type LabState, type LabStore } from '../../state';
import { chartToPng, chartToSvg } from './chartExport';
import { downloadBlob } from '../../ui/download';
import { chartCaption, chartFileName } from './chartCaption';
import { HISTORY_FILE_NAME, historyCsv, runsHistoryCsv, type HistoryColumns } from './historyCsv';
import { TABLE_FILE_NAME, tableCsv } from './tableCsv';
import { importFile } from './importFile';
import { problemText, type ImportProblem } from './importProblem';
import { shownText } from '../../text/userText';
import { UserMessage } from '../../ui/UserMessage';
import { usePopoverClose } from '../../ui/PopoverButton';
import { STATE_FILE_NAME, applySetup, setupOf, stateJson } from '../../state/setup';
import { historyIterations, recordHistory, type RunSetup } from './recordHistory';
import './exports.css';

/** A chart that can be saved: its name on the button, and its element (an <svg>, or a box of svg/canvas layers). */
export interface ChartTarget {
  id: string;
  name: string;
  element: () => Element | null;
}

export interface HistoryRequest {
  setup: RunSetup;
  /** The iterations wanted, ascending, from 0 to the furthest trained (see historyIterations). */
  iterations: Float64Array;
  signal: AbortSignal;
  onProgress: (done: number) => void;
}

/** Where the history comes from. By default it is recomputed with the core (the run is deterministic). */
export type HistorySource = (request: HistoryRequest) => Promise<HistoryColumns & { divergedAt?: number | null }>;

export interface ExportMenuProps {
  store?: LabStore;
  charts?: readonly ChartTarget[];
  loadHistory?: HistorySource;
}

const recomputeHistory: HistorySource = ({ setup, iterations, signal, onProgress }) => recordHistory(setup, iterations, { signal, onProgress });

/** The run as it was trained: the first table, and the tables after edits that kept what was learned. */
function runSetupOf(state: LabState): RunSetup {
  const [first, ...later] = runSegmentsOf(state);
  return { inputs: first!.inputs, targets: first!.targets, seed: state.seed, learningRate: first!.learningRate, later };
}

/** The most rows any table of the run has, and one more column when it has edits ("Table from iteration"). */
function widthOf(setup: RunSetup): number {
  const later = setup.later ?? [];
  return Math.max(setup.inputs.length, ...later.map((segment) => segment.inputs.length)) + (later.length > 0 ? 1 : 0);
}

interface Failed {
  fileName: string;
  errors: ImportProblem[];
}

/**
 * Exports and imports: the history as CSV, the state as JSON, each chart as PNG or SVG, and the import of a state
 * file or a CSV table. Results and problems are told in the store's notices and, for a bad file, right here.
 */
export function ExportMenu({ store: given, charts = [], loadHistory = recomputeHistory }: ExportMenuProps) {
  const fromContext = useLabStore();
  const store = given ?? fromContext;
  // While comparing, the state file carries run B too, and a file with run B opens Compare.
  const comparison = useComparisonStore();
  const [progress, setProgress] = useState<number | null>(null);
  const [failed, setFailed] = useState<Failed | null>(null);
  const abort = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const notify = (text: string, tone: 'info' | 'warning' = 'info') => store.getState().addNotice(text, tone);
  // After an import the popover closes, so its message (in the notices, under the popover) shows.
  const closePopover = usePopoverClose();

  const exportHistory = async () => {
    const state = store.getState();
    const runB = comparison.getState().runB?.getState() ?? null;
    // While comparing, run B's history goes in the same file, at run A's iterations (B keeps A's clock).
    const runs = [{ run: 'A', setup: runSetupOf(state) }, ...(runB ? [{ run: 'B', setup: runSetupOf(runB) }] : [])];
    const trainedTo = state.frame?.trainedTo ?? state.trainedTo;
    const width = Math.max(...runs.map(({ setup }) => widthOf(setup)));
    const iterations = historyIterations(trainedTo, runs[0]!.setup.inputs[0]?.length ?? 0, width, runs.length);
    const controller = new AbortController();
    abort.current = controller;
    setProgress(0);
    try {
      const histories = [];
      for (const [k, { run, setup }] of runs.entries()) {
        const onProgress = (done: number) => setProgress((k + done) / runs.length);
        histories.push({ run, history: await loadHistory({ setup, iterations, signal: controller.signal, onProgress }) });
      }
      const text = runB ? runsHistoryCsv(histories) : historyCsv(histories[0]!.history);
      downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), HISTORY_FILE_NAME);
      const sampled = iterations.length < trainedTo + 1;
      const last = formatCount(trainedTo);
      const file = HISTORY_FILE_NAME;
      const every = formatCount(iterations[1] ?? 1);
      if (runB) {
        notify(t`Saved the history of run A and run B, iterations 0 to ${trainedTo}, as ${HISTORY_FILE_NAME} (its Run column says which).`);
        const stride = iterations[1] ?? 1;
        if (sampled) notify(t`One line every ${stride} iterations: every one would make too large a file.`);
      } else {
        notify(
          sampled
            ? t`Saved the history of iterations 0 to ${last} (one line every ${every} iterations: every one would make too large a file) as ${file}.`
            : t`Saved the history of iterations 0 to ${last} as ${file}.`,
        );
      }
      for (const { run, history } of histories) {
        if (history.divergedAt == null) continue;
        const at = formatCount(history.divergedAt);
        notify(runB ? t`Run ${run}: the weights stopped being finite after iteration ${at}: its history ends there.` : t`The weights stopped being finite after iteration ${at}: the history ends there.`, 'warning');
      }
    } catch (error) {
      const reason = errorText(error);
      if (!controller.signal.aborted) notify(t`The history could not be saved: ${reason}`, 'warning');
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const exportState = () => {
    const runB = comparison.getState().runB;
    downloadBlob(new Blob([stateJson(setupOf(store.getState()), runB ? setupOf(runB.getState()) : undefined)], { type: 'application/json' }), STATE_FILE_NAME);
    const file = STATE_FILE_NAME;
    notify(runB ? t`Saved both runs' tables and settings, and the iteration, as ${STATE_FILE_NAME}.` : t`Saved the table, settings and iteration as ${file}.`);
  };

  const exportTable = () => {
    const runB = comparison.getState().runB;
    // The tables being trained now (after edits, the last segment's), as the import reads them back.
    downloadBlob(new Blob([tableCsv(store.getState().dataset, runB?.getState().dataset)], { type: 'text/csv;charset=utf-8' }), TABLE_FILE_NAME);
    notify(runB ? t`Saved run A's and run B's tables as ${TABLE_FILE_NAME} (its Run column says which).` : t`Saved the table as ${TABLE_FILE_NAME}.`);
  };

  const exportChart = async (chart: ChartTarget, format: 'png' | 'svg') => {
    const element = chart.element();
    const { name } = chart;
    if (!element) {
      notify(t`The ${name} chart is not on the screen, so it cannot be saved.`, 'warning');
      return;
    }
    const state = store.getState();
    // The iteration the chart draws: its last frame's (the store's may already be one asked for and not reached).
    const iteration = state.frame?.iteration ?? state.iteration;
    const caption = chartCaption({ presetId: state.presetId, seed: state.seed, learningRate: state.learningRate, iteration });
    try {
      const blob = format === 'svg' ? new Blob([chartToSvg(element, { caption })], { type: 'image/svg+xml' }) : await chartToPng(element, { caption });
      downloadBlob(blob, chartFileName(chart.id, iteration, format));
    } catch (error) {
      const reason = chartExportProblemText(error);
      notify(t`The ${name} chart could not be saved: ${reason}`, 'warning');
    }
  };

  const importChosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = ''; // so that choosing the same file again (after fixing it) imports it again
    if (!file) return;
    const result = await importFile(file);
    if (!result.ok) {
      setFailed({ fileName: file.name, errors: result.errors });
      return;
    }
    setFailed(null);
    const { kind, runB, ...setup } = result.value;
    applySetup(store, setup, { source: 'file' });
    // Run B follows run A's clock: it is put in place after A has its iteration.
    if (runB) comparison.getState().compare(runB);
    const rows = setup.dataset.inputs.length;
    const name = file.name;
    notify(
      runB
        ? t`Opened ${name}: run A and run B, each with the table and settings it saved.`
        : kind === 'state'
          ? plural(rows, { one: `Opened ${name}: the table (# row) and the settings it saved.`, other: `Opened ${name}: the table (# rows) and the settings it saved.` })
          : plural(rows, { one: `Imported the table of # row from ${name}.`, other: `Imported the table of # rows from ${name}.` }),
    );
    for (const warning of result.warnings) notify(warning, 'warning');
    closePopover();
  };

  return (
    <div className="export-menu" role="group" aria-label={t`Save and open`}>
      <div className="export-menu-buttons">
        {progress === null ? (
          <button type="button" onClick={exportHistory}>
            <Trans>Download history (CSV)</Trans>
          </button>
        ) : (
          <span className="export-progress">
            <progress max={1} value={progress} aria-label={t`Preparing the history`} /> {Math.round(progress * 100)}%
            <button type="button" onClick={() => abort.current?.abort()}>
              <Trans>Cancel</Trans>
            </button>
          </span>
        )}
        <button type="button" onClick={exportTable}>
          {t`Download table (CSV)`}
        </button>
        <button type="button" onClick={exportState}>
          <Trans>Download state (JSON)</Trans>
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          <Trans>Open table or state...</Trans>
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,.json,.txt,.tsv,text/csv,application/json,text/plain"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t`Table (CSV) or state (JSON) file to open`}
          onChange={importChosen}
        />
        {charts.map((chart) => (
          <ChartButtons key={chart.id} name={chart.name} save={(format) => void exportChart(chart, format)} />
        ))}
      </div>
      {failed && (
        <div className="export-errors" role="alert">
          <p>
            <Trans>
              <strong>
                <bdi>{shownText(failed.fileName)}</bdi>
              </strong>{' '}
              was not opened; the table and settings are unchanged.
            </Trans>
          </p>
          <ul>
            {failed.errors.map((problem, i) => (
              <li key={i}>
                <UserMessage text={problemText(problem)} />
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setFailed(null)}>
            <Trans>Dismiss</Trans>
          </button>
        </div>
      )}
    </div>
  );
}

/** The image formats by their names, which every language writes the same. */
const FORMAT_NAMES = { png: 'PNG', svg: 'SVG' } as const;

/** One chart's two buttons: its name with PNG, and SVG; each named in full for a screen reader. */
function ChartButtons({ name, save }: { name: string; save: (format: 'png' | 'svg') => void }) {
  return (
    <span className="export-chart" role="group" aria-label={t`Save the ${name} chart`}>
      <button type="button" onClick={() => save('png')} aria-label={t`Save the ${name} chart as PNG`}>
        {name} {FORMAT_NAMES.png}
      </button>
      <button type="button" onClick={() => save('svg')} aria-label={t`Save the ${name} chart as SVG`}>
        {FORMAT_NAMES.svg}
      </button>
    </span>
  );
}
