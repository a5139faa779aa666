import { t } from '@lingui/core/macro';
import { formatCount } from '../format/number';
import type { EngineFault, Fault } from '../worker/faults';
import { ISOLATE_END, ISOLATE_START, shownText } from './userText';

/** The browser's own words (an error's message), made safe and isolated, without quote marks. */
const isolated = (text: string) => `${ISOLATE_START}${shownText(text)}${ISOLATE_END}`;

/** A fault the engine recovered from or gave up on, worded in the screen's language. */
export function faultText(fault: Fault): string {
  switch (fault.code) {
    case 'restarted': {
      const why = causeText(fault.cause);
      const at = formatCount(fault.iteration);
      return t`${why} It was restarted at iteration ${at}; press Run to go on.`;
    }
    case 'gaveUp': {
      const why = causeText(fault.cause);
      const times = fault.failures;
      return t`Training is off. ${why} It failed ${times} times in a minute, so it is not restarted on its own. Your table and settings are kept.`;
    }
    case 'couldNotStart': {
      const detail = isolated(fault.detail);
      return t`Training is off: it could not start (${detail}). Your table and settings are kept.`;
    }
    default:
      return causeText(fault);
  }
}

/** One sentence: what went wrong in the training. */
function causeText(fault: EngineFault): string {
  switch (fault.code) {
    case 'diverged': {
      const during = formatCount(fault.iteration + 1);
      const at = formatCount(fault.iteration);
      return t`The weights stopped being finite during iteration ${during}, so training stopped at iteration ${at}. Use smaller inputs or a smaller learning rate.`;
    }
    case 'reachedEnd': {
      const most = formatCount(fault.most);
      return t`The run reached ${most} iterations, the most this lab trains.`;
    }
    case 'stepPastEnd': {
      const from = formatCount(fault.from);
      const count = formatCount(fault.count);
      const most = formatCount(fault.most);
      return t`The run is already going to ${from}; a step of ${count} more would pass ${most}, the most this lab trains.`;
    }
    case 'refused': {
      const command = fault.command;
      return t`The training could not carry out a command (${command}) and kept its last state.`;
    }
    case 'crashed': {
      if (fault.detail === null) return t`The training stopped with an error.`;
      const detail = isolated(fault.detail);
      return t`The training stopped with an error (${detail}).`;
    }
    case 'unreadableMessage':
      return t`A message from the training could not be read.`;
    case 'notAnswering':
      return t`The training stopped answering.`;
  }
}
