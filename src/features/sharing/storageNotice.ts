import { t } from '@lingui/core/macro';
import type { LabState, LabStore, NoticeAction } from '../../state';
import { copyText } from '../../ui/clipboard';
import { downloadBlob } from '../../ui/download';
import { shareLinkOf } from '../../state/share/shareLink';
import { STATE_FILE_NAME, setupOf, stateJson } from '../../state/setup';

interface Place {
  location: Pick<Location, 'origin' | 'pathname'>;
}

/**
 * What the "not kept on this device" notice offers: the link to the exact state, copied (the header's Copy link:
 * both runs while comparing, `runB` giving run B's state then), and the state as a file (the state file of
 * src/state/setup, as Save & open writes it).
 */
export function storageNoticeActions(store: LabStore, place: Partial<Place> = {}, runB: () => LabState | null = () => null): NoticeAction[] {
  const lab = () => store.getState();
  const location = () => place.location ?? window.location;
  return [
    {
      label: t`Copy link`,
      run: () => {
        const link = shareLinkOf(lab(), location(), runB());
        void copyText(link, typeof navigator === 'undefined' ? undefined : navigator.clipboard).then((copied) =>
          lab().addNotice(
            copied ? t`Link copied. Anyone who opens it sees this exact state.` : t`This browser did not let the app copy the link: press Copy link at the top of the screen to copy it by hand.`,
            copied ? 'info' : 'warning',
          ),
        );
      },
    },
    {
      label: t`Save as a file`,
      run: () => {
        downloadBlob(new Blob([stateJson(setupOf(lab()))], { type: 'application/json' }), STATE_FILE_NAME);
        lab().addNotice(t`Saved the table, settings and iteration as ${STATE_FILE_NAME}.`);
      },
    },
  ];
}
