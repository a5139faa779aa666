import { useComparison, useRunB } from '../../state';
import { PopoverButton, usePopoverClose } from '../../ui/PopoverButton';
import { useNeedsTraining } from '../../ui/trainingOff';

function KeepChoice() {
  const stopComparing = useComparison((s) => s.stopComparing);
  const close = usePopoverClose();
  const keep = (run: 'A' | 'B') => {
    close();
    stopComparing(run);
  };
  return (
    <div className="compare-keep">
      <p>Which run goes on?</p>
      <button type="button" onClick={() => keep('A')}>
        Keep run A
      </button>
      <button type="button" onClick={() => keep('B')}>
        Keep run B
      </button>
    </div>
  );
}

/** "Compare" adds run B as a copy of run A (while comparing, the Compare panel has "Stop comparing"). */
export function CompareButton() {
  const runB = useRunB();
  const compare = useComparison((s) => s.compare);
  const off = useNeedsTraining();
  return (
    <button type="button" onClick={compare} disabled={off.disabled || runB !== null} aria-describedby={off.describedBy} title={off.title ?? 'Add run B, a copy of this run, to change and compare'}>
      Compare
    </button>
  );
}

/** "Stop comparing": asks which run goes on. */
export function StopComparingButton() {
  return (
    <PopoverButton label="Stop comparing" panelLabel="Stop comparing: the run to keep">
      <KeepChoice />
    </PopoverButton>
  );
}
