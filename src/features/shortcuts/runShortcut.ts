import type { LabState } from '../../state';
import type { ShortcutId } from './shortcuts';

/** Carries out a shortcut through the store's actions, as the buttons do; `openHelp` shows the help overlay. */
export function runShortcut(id: ShortcutId, lab: LabState, openHelp: () => void): void {
  switch (id) {
    case 'toggleRun':
      lab.toggleRun();
      return;
    case 'step1':
      lab.step(1);
      return;
    case 'step10':
      lab.step(10);
      return;
    case 'back1':
      // The iteration before the one shown, with its exact weights (the worker rewinds); nothing before 0.
      if (lab.iteration > 0) lab.seek(lab.iteration - 1);
      return;
    case 'reset':
      lab.reset();
      return;
    case 'presenter':
      lab.setPresenter(!lab.presenter);
      return;
    case 'help':
      openHelp();
      return;
  }
}
