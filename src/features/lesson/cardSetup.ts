import { t } from '@lingui/core/macro';
import { formatCount } from '../../format/number';
import { EXPLORE_PANEL_IDS, EXPLORE_VIEW, LAB_VIEW, runSegmentsOf, type LabStore } from '../../state';
import { decode } from '../../state/url';
import { applySetup } from '../../state/setup';
import { truthOf, type Truth } from './answers';
import type { Card, Question } from './lessonTypes';
import { momentsOf, rowStepOf, type RowStep, type RunSetup } from './runTruth';

/** What a training command says while a question waits for the learner's guess. */
const holdReason = () => t`The lesson waits for your guess: lock it in, then Reveal shows what the neuron does.`;

/** Reveal steps with the Step command up to this many iterations (so the lab shows what the step changed); beyond, it goes there. */
const MOST_STEPPED = 1000;

/** The truth is computed on this page, from iteration 0: a run longer than this is not checked here. */
export const MOST_CHECKED = 2_000_000;

const viewKey = (view: Card['view']) => (view === 'lab' ? LAB_VIEW : view === 'explore' ? EXPLORE_VIEW : 'math');

/** The iteration the card stands at once set up: its start, and the steps it takes after. */
function cardIteration(lab: LabStore, card: Card): number {
  const start = card.setup === null ? (lab.getState().catchingUpTo ?? lab.getState().iteration) : decode(card.setup).state.iteration;
  return start + card.step;
}

/**
 * Puts the lab where a card starts: its table, seed and iteration (a fresh run, so no later iteration is in the
 * history to scrub to), its hidden panels and view (and the Explore panels it shows), its steps. Presenter mode and its charts, Digits and Stop at stay the teacher's.
 * A question not yet revealed holds the lab at the card's iteration; a revealed one shows the run after Reveal.
 */
export function setUpCard(lab: LabStore, card: Card, revealed: boolean): void {
  lab.getState().setHold(null);
  if (card.setup !== null) {
    const { state } = decode(card.setup);
    const now = lab.getState();
    // Digits and Stop at are the card's when its setup names them (digits=2 for a young class), else the teacher's
    // stay: left out, the link would read as 8 and 10,000.
    const names = (name: string) => new RegExp(`(^|[?&])${name}=`, 'i').test(card.setup!);
    applySetup(lab, {
      ...state,
      iteration: 0,
      presenter: now.presenter,
      presenterPanels: [...now.presenterPanels],
      logAxis: now.logAxis,
      digits: names('digits') ? state.digits : now.digits,
      stopAt: names('stop') ? state.stopAt : now.stopAt,
    });
    lab.getState().reset();
    // A preset's note would speak over the card (the tutorial's says which input the target copies).
    lab.setState({ presetNote: null });
    lab.getState().goTo(state.iteration);
    // A card that opens Explore shows the panels its setup names (show=line), all three when it names none: not
    // whichever the class last picked, so the card shows what its text talks about.
    if (card.view === 'explore') lab.getState().setExplorePanels(state.shownPanels.length > 0 ? state.shownPanels : [...EXPLORE_PANEL_IDS]);
  }
  lab.getState().setOpenView(viewKey(card.view));
  if (card.step > 0) lab.getState().step(card.step);
  const at = cardIteration(lab, card);
  if (card.question && !revealed) lab.getState().setHold({ at, reason: holdReason() });
  else if (card.question && revealed) advance(lab, at, card.question.after);
}

function advance(lab: LabStore, from: number, after: number) {
  if (after === 0) return;
  const shown = lab.getState().catchingUpTo ?? lab.getState().iteration;
  if (after <= MOST_STEPPED) {
    // Rewound while the question waited: back to the card's iteration first, so the step lands where the truth is.
    if (shown !== from) lab.getState().seek(from);
    lab.getState().step(after);
  } else {
    lab.getState().goTo(from + after);
  }
}

/** The run the lab holds, as the truth's computation takes it. */
export function runSetupOf(lab: LabStore): RunSetup {
  const state = lab.getState();
  return { seed: state.seed, segments: runSegmentsOf(state), testInput: state.testInput };
}

export type Revealed = { ok: true; truth: Truth } | { ok: false; message: string };

/** Reveal: the truth from the exact run, then the lab trains to it, so the screen shows the same numbers. */
export function reveal(lab: LabStore, question: Question): Revealed {
  const from = lab.getState().hold?.at ?? lab.getState().catchingUpTo ?? lab.getState().iteration;
  lab.getState().setHold(null);
  if (from + question.after > MOST_CHECKED) {
    const most = formatCount(MOST_CHECKED);
    return { ok: false, message: t`This run is longer than ${most} iterations, too long to check on this page.` };
  }
  const [before, after] = momentsOf(runSetupOf(lab), [from, from + question.after]);
  const truth = truthOf(question, before!, after!);
  advance(lab, from, question.after);
  return truth ? { ok: true, truth } : { ok: false, message: t`The answer is about a row the table does not have.` };
}

/** The run a card starts from: its setup's, or (without one) the lab's. */
function cardRunSetup(lab: LabStore, card: Card): RunSetup {
  if (card.setup === null) return runSetupOf(lab);
  const { state } = decode(card.setup);
  const first = { from: 0, inputs: state.dataset.inputs, targets: state.dataset.targets, learningRate: state.learningRate };
  return { seed: state.seed, segments: [first, ...(state.laterSegments ?? [])], testInput: state.testInput };
}

/** The by-hand card's truth: step k -> k+1 for row 1 at the card's iteration, from the card's own run. */
export function byHandStep(lab: LabStore, card: Card): RowStep | null {
  const at = cardIteration(lab, card);
  if (at > MOST_CHECKED) return null;
  return rowStepOf(cardRunSetup(lab, card), at, 0);
}
