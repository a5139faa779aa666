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
      // One back from the iteration already asked for, as Right counts on from it (the worker counts both, so
      // 300 Right then 100 Left end at 200 however far the screen is behind); nothing before 0.
      lab.step(-1);
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
    case 'stop':
      // Stops a recomputation where it is, keeping the exact state reached; a run stops too.
      if (lab.catchingUpTo !== null || lab.running) lab.pause();
      return;
  }
}
