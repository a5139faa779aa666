import { useId, useState } from 'react';
import { useLingui } from '@lingui/react/macro';
import { useLabStore, useRunB, type LabStore } from '../state';
import './runPick.css';

/** Which run a view shows while comparing; 'both' where the view can show both at once (the Python script). */
export type RunChoice = 'A' | 'B' | 'both';

/**
 * The run a view follows: this provider's run (A) with one run; while comparing, the one the learner picked (A
 * until then). Back to A when comparing ends.
 */
export function useRunPick(initial: RunChoice = 'A'): { choice: RunChoice; pick(choice: RunChoice): void; store: LabStore; runA: LabStore; runB: LabStore | null } {
  const runA = useLabStore();
  const runB = useRunB();
  const [picked, pick] = useState<RunChoice>(initial);
  const choice = runB ? picked : 'A';
  return { choice, pick, store: choice === 'B' && runB ? runB : runA, runA, runB };
}

/** The pick itself, while comparing: "Run A" / "Run B" (and "Both runs" with `both`), one of them checked. */
export function RunPick({ choice, onPick, both = false }: { choice: RunChoice; onPick(choice: RunChoice): void; both?: boolean }) {
  const { t } = useLingui();
  const name = useId();
  const options: [RunChoice, string][] = [['A', t`Run A`], ['B', t`Run B`], ...(both ? [['both', t`Both runs`] as [RunChoice, string]] : [])];
  return (
    <fieldset className="run-pick">
      <legend className="visually-hidden">{t`Which run`}</legend>
      {options.map(([value, label]) => (
        <label key={value} className={choice === value ? 'is-picked' : undefined}>
          <input type="radio" name={name} value={value} checked={choice === value} onChange={() => onPick(value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
