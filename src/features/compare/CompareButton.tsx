import { Trans, useLingui } from '@lingui/react/macro';
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
      <p>
        <Trans>Which run goes on?</Trans>
      </p>
      <button type="button" onClick={() => keep('A')}>
        <Trans>Keep run A</Trans>
      </button>
      <button type="button" onClick={() => keep('B')}>
        <Trans>Keep run B</Trans>
      </button>
    </div>
  );
}

/** "Compare" adds run B as a copy of run A (while comparing, the Compare panel has "Stop comparing"). */
export function CompareButton() {
  const runB = useRunB();
  const compare = useComparison((s) => s.compare);
  const off = useNeedsTraining();
  const { t } = useLingui();
  return (
    <button type="button" onClick={() => compare()} disabled={off.disabled || runB !== null} aria-describedby={off.describedBy} title={off.title ?? t`Add run B, a copy of this run, to change and compare`}>
      <Trans>Compare</Trans>
    </button>
  );
}

/** "Stop comparing": asks which run goes on. */
export function StopComparingButton() {
  const { t } = useLingui();
  return (
    <PopoverButton label={t`Stop comparing`} panelLabel={t`Stop comparing: the run to keep`}>
      <KeepChoice />
    </PopoverButton>
  );
}
